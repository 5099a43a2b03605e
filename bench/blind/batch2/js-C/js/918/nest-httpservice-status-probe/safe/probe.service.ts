import { BadRequestException, Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

const MONITORED: Record<string, string> = {
  billing: 'https://billing.internal.example.com',
  search: 'https://search.internal.example.com',
};

@Injectable()
export class ProbeService {
  constructor(private readonly http: HttpService) {}

  async check(target: string) {
    const base = Object.prototype.hasOwnProperty.call(MONITORED, target) ? MONITORED[target] : undefined;
    if (!base) throw new BadRequestException('unknown service');
    const started = Date.now();
    const res = await firstValueFrom(this.http.get(`${base}/healthz`, { timeout: 3000, validateStatus: () => true }));
    return { target, status: res.status, ms: Date.now() - started, body: res.data };
  }
}
