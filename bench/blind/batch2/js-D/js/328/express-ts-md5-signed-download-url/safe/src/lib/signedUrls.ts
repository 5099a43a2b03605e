import { createHash, createHmac, timingSafeEqual } from 'crypto';

const SIGNING_KEY = process.env.DOWNLOAD_SIGNING_KEY ?? '';

function signature(path: string, expires: number): string {
  return createHmac('sha256', SIGNING_KEY).update(`${path}\n${expires}`).digest('hex');
}

export function signPath(path: string, ttlSeconds = 300): string {
  const expires = Math.floor(Date.now() / 1000) + ttlSeconds;
  return `${path}?expires=${expires}&sig=${signature(path, expires)}`;
}

export function verifySigned(path: string, expires: number, sig: string): boolean {
  if (!Number.isInteger(expires) || expires < Date.now() / 1000) return false;
  const a = Buffer.from(signature(path, expires));
  const b = Buffer.from(sig);
  return a.length === b.length && timingSafeEqual(a, b);
}
