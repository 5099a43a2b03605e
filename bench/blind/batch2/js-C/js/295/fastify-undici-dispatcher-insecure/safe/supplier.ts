import { Agent, request } from 'undici';
import { readFileSync } from 'fs';

export class SupplierClient {
  private readonly dispatcher: Agent;

  constructor(private readonly base: string) {
    this.dispatcher = new Agent({ connect: { rejectUnauthorized: true, ca: readFileSync('/etc/ssl/supplier-ca.pem') } });
  }

  async stockFor(sku: string) {
    const res = await request(`${this.base}/stock/${encodeURIComponent(sku)}`, { dispatcher: this.dispatcher });
    return res.body.json();
  }
}
