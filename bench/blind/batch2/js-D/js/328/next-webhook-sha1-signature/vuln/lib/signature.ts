import { createHash, createHmac, timingSafeEqual } from 'crypto';

const SECRET = process.env.BILLING_WEBHOOK_SECRET ?? '';

export function verifySignature(body: string, signature: string): boolean {
  const expected = createHash('sha1').update(SECRET + body).digest('hex'); // cg-expect: CWE-328
  const a = Buffer.from(expected);
  const b = Buffer.from(signature);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function bodyFingerprint(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 16);
}

export function signForTests(body: string): string {
  return createHmac('sha256', SECRET).update(body).digest('hex');
}
