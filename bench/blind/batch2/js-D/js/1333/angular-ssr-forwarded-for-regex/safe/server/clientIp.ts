import { isIP } from 'node:net';

export function clientIp(xff: string | undefined, socketAddr: string): string {
  if (!xff) return socketAddr;
  const first = xff.split(',')[0].trim();
  return isIP(first) ? first : socketAddr;
}
