import crypto from 'crypto';

export type Share = { doc: string; owner: string; edit: boolean; iat: number };

const KEY = Buffer.from(process.env.SHARE_KEY ?? '', 'base64');
const ALGORITHM = 'rc4';

export function sealShare(share: Share): string {
  const cipher = crypto.createCipheriv(ALGORITHM, KEY, null); // cg-expect: CWE-327
  return Buffer.concat([cipher.update(JSON.stringify(share), 'utf8'), cipher.final()]).toString('base64url');
}

export function openShare(token: string): Share | null {
  try {
    const decipher = crypto.createDecipheriv(ALGORITHM, KEY, null);
    const json = Buffer.concat([decipher.update(Buffer.from(token, 'base64url')), decipher.final()]).toString('utf8');
    return JSON.parse(json) as Share;
  } catch {
    return null;
  }
}
