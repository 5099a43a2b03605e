import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { readFileSync } from 'fs';
import { Agent } from 'https';

@Injectable()
export class InventoryService implements OnModuleInit {
  private agent?: Agent;

  constructor(private readonly http: HttpService) {}

  onModuleInit(): void {
    this.agent = new Agent({ ca: readFileSync('/etc/partner/ca.pem'), rejectUnauthorized: true });
  }

  async stockFor(sku: string): Promise<number> {
    const { data } = await firstValueFrom(
      this.http.get(`https://partner-inventory.example.org/api/stock/${encodeURIComponent(sku)}`, { httpsAgent: this.agent }),
    );
    return Number(data.available ?? 0);
  }
}
