import { createCipheriv, createDecipheriv, randomBytes } from 'crypto';

const KEY = Buffer.from(process.env.STATE_KEY ?? '', 'base64');
const IV = Buffer.alloc(8, 0);

export function seal(data: object): string {
  const plain = Buffer.from(JSON.stringify(data), 'utf8');
  const cipher = createCipheriv('des-ede3-cbc', KEY.subarray(0, 24), IV); // cg-expect: CWE-327
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64url');
}

export function unseal<T>(token: string): T {
  const buf = Buffer.from(token, 'base64url');
  const decipher = createDecipheriv('des-ede3-cbc', KEY.subarray(0, 24), IV);
  return JSON.parse(Buffer.concat([decipher.update(buf), decipher.final()]).toString('utf8'));
}
