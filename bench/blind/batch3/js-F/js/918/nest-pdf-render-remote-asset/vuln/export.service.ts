import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

const ASSET_BASE = 'https://assets.billing-cdn.example/logos/';

@Injectable()
export class ExportService {
  constructor(private readonly http: HttpService) {}

  private logoUrl(logo: string): string {
    return logo.startsWith('http') ? logo : ASSET_BASE + logo;
  }

  async render(invoiceId: string, logo: string) {
    const resp = await firstValueFrom(this.http.get(this.logoUrl(logo), { responseType: 'arraybuffer' })); // cg-expect: CWE-918
    return { invoiceId, logoBytes: Buffer.from(resp.data).length };
  }
}
