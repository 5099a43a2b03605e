import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

const ASSET_BASE = 'https://assets.billing-cdn.example/logos/';

@Injectable()
export class ExportService {
  constructor(private readonly http: HttpService) {}

  private logoUrl(logo: string): string {
    if (!/^[a-z0-9-]{1,64}\.png$/.test(logo)) return ASSET_BASE + 'default.png';
    return ASSET_BASE + logo;
  }

  async render(invoiceId: string, logo: string) {
    const resp = await firstValueFrom(this.http.get(this.logoUrl(logo), { responseType: 'arraybuffer' }));
    return { invoiceId, logoBytes: Buffer.from(resp.data).length };
  }
}
