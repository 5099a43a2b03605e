import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class GeoService {
  constructor(private readonly http: HttpService) {}

  async locate(ip: string) {
    const { data } = await firstValueFrom(this.http.get('/v1/lookup', { params: { ip } }));
    return { country: data.country, city: data.city };
  }
}
