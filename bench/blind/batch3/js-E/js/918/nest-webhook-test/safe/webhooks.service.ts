import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import axios from 'axios';
import { lookup } from 'dns/promises';
import { isIP } from 'net';
import { BlockList } from 'net';

const blocked = new BlockList();
for (const [net, len] of [['10.0.0.0', 8], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['0.0.0.0', 8]] as const) {
  blocked.addSubnet(net, len, 'ipv4');
}
import { Webhook } from './webhook.entity';

@Injectable()
export class WebhooksService {
  constructor(@InjectRepository(Webhook) private readonly repo: Repository<Webhook>) {}

  private async isAllowed(url: URL): Promise<boolean> {
    if (url.protocol !== 'https:' || isIP(url.hostname)) return false;
    const addrs = await lookup(url.hostname, { all: true, family: 4 });
    return addrs.length > 0 && addrs.every((a) => !blocked.check(a.address, 'ipv4'));
  }

  async sendTest(id: string) {
    const hook = await this.repo.findOneByOrFail({ id });
    const url = new URL(hook.url);
    if (!(await this.isAllowed(url))) throw new BadRequestException('webhook url not allowed');
    const res = await axios.post(url.toString(), { event: 'ping' }, { timeout: 5000, maxRedirects: 0 });
    return { status: res.status };
  }
}
