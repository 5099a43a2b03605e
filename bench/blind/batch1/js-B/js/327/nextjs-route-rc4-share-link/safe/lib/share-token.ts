import crypto from 'crypto';

export type Share = { doc: string; owner: string; edit: boolean; iat: number };

const KEY = Buffer.from(process.env.SHARE_KEY ?? '', 'base64');
const ALGORITHM = 'chacha20-poly1305';

export function sealShare(share: Share): string {
  const nonce = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv(ALGORITHM, KEY, nonce, { authTagLength: 16 });
  const body = Buffer.concat([cipher.update(JSON.stringify(share), 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64url');
}

export function openShare(token: string): Share | null {
  try {
    const raw = Buffer.from(token, 'base64url');
    const decipher = crypto.createDecipheriv(ALGORITHM, KEY, raw.subarray(0, 12), { authTagLength: 16 });
    decipher.setAuthTag(raw.subarray(12, 28));
    const json = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    return JSON.parse(json) as Share;
  } catch {
    return null;
  }
}
