import got, { type Got } from 'got';
import { readFileSync } from 'node:fs';

export interface PaymentStatus {
  reference: string;
  status: 'pending' | 'paid' | 'failed';
  amountMinor: number;
}

export class PaymentGateway {
  private readonly http: Got;

  constructor(baseUrl: string, apiKey: string, caPath = process.env.GATEWAY_CA_PATH ?? '/etc/ssl/certs/ca-certificates.crt') {
    this.http = got.extend({
      prefixUrl: baseUrl,
      headers: { 'x-api-key': apiKey },
      timeout: { request: 10_000 },
      https: { rejectUnauthorized: true, certificateAuthority: readFileSync(caPath) },
      retry: { limit: 2 },
    });
  }

  async status(reference: string): Promise<PaymentStatus> {
    return this.http.get(`payments/${encodeURIComponent(reference)}`).json<PaymentStatus>();
  }
}
