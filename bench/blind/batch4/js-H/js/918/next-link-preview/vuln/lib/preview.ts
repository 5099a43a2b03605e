import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

const PRIVATE = [/^10\./, /^127\./, /^169\.254\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^0\./, /^::1$/, /^f[cd]/i, /^fe80/i];

export async function isAllowedTarget(raw: string): Promise<boolean> {
  let u: URL;
  try { u = new URL(raw); } catch { return false; }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
  const addrs = isIP(u.hostname) ? [{ address: u.hostname }] : await lookup(u.hostname, { all: true });
  return addrs.every((a) => !PRIVATE.some((re) => re.test(a.address)));
}

export function extractMeta(html: string) {
  const title = /<title>([^<]{0,200})<\/title>/i.exec(html)?.[1] ?? '';
  return { title };
}
