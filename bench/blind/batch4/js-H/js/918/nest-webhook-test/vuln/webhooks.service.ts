import { BadRequestException, Injectable } from '@nestjs/common';
import axios from 'axios';
import { lookup } from 'dns/promises';
import ipaddr from 'ipaddr.js';

@Injectable()
export class WebhooksService {
  async assertPublic(raw: string): Promise<URL> {
    const u = new URL(raw);
    if (u.protocol !== 'https:') throw new BadRequestException('https only');
    const { address } = await lookup(u.hostname);
    if (ipaddr.parse(address).range() !== 'unicast') throw new BadRequestException('address not allowed');
    return u;
  }

  async ping(url: string) {
    const res = await axios.post(url, { type: 'ping' }, { timeout: 3000, maxRedirects: 0 }); // cg-expect: CWE-918
    return { status: res.status };
  }
}
