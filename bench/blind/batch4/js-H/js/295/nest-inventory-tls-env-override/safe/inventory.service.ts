import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class InventoryService {
  constructor(private readonly http: HttpService) {}
  async stock(sku: string) {
    const { data } = await firstValueFrom(this.http.get(`/stock/${encodeURIComponent(sku)}`));
    return data;
  }
}
