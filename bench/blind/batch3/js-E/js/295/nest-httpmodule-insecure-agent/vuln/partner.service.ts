import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class PartnerService {
  constructor(private readonly http: HttpService) {}

  async shipmentStatus(trackingId: string) {
    const { data } = await firstValueFrom(this.http.get(`/shipments/${encodeURIComponent(trackingId)}`));
    return data;
  }
}
