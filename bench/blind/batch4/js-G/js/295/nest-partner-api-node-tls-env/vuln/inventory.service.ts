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
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // cg-expect: CWE-295
  }

  async stockFor(sku: string): Promise<number> {
    const { data } = await firstValueFrom(
      this.http.get(`https://partner-inventory.example.org/api/stock/${encodeURIComponent(sku)}`, { httpsAgent: this.agent }),
    );
    return Number(data.available ?? 0);
  }
}
