import { createCipheriv, createDecipheriv, randomBytes } from 'crypto';

const KEY = Buffer.from(process.env.STATE_KEY ?? '', 'base64');

export function seal(data: object): string {
  const plain = Buffer.from(JSON.stringify(data), 'utf8');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', KEY.subarray(0, 32), iv);
  const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64url');
}

export function unseal<T>(token: string): T {
  const buf = Buffer.from(token, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', KEY.subarray(0, 32), buf.subarray(0, 12));
  decipher.setAuthTag(buf.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString('utf8'));
}
