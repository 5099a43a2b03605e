import { BadRequestException, Injectable } from '@nestjs/common';
import axios from 'axios';
import { lookup } from 'dns/promises';
import net from 'net';

function isPrivate(ip: string): boolean {
  if (net.isIPv6(ip)) return ip === '::1' || ip.startsWith('fc') || ip.startsWith('fd') || ip.startsWith('fe80');
  const [a, b] = ip.split('.').map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

@Injectable()
export class PreviewService {
  async fetchPreview(rawUrl: string) {
    const url = new URL(rawUrl);
    if (url.protocol !== 'https:') throw new BadRequestException('https only');
    const { address } = await lookup(url.hostname);
    if (isPrivate(address)) throw new BadRequestException('forbidden host');
    const res = await axios.get(url.toString(), { timeout: 5000, responseType: 'text', maxRedirects: 0 });
    const title = /<title>([^<]*)<\/title>/i.exec(res.data)?.[1] ?? url.hostname;
    return { url: url.toString(), title };
  }
}
