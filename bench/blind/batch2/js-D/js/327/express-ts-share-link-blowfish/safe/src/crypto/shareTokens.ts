import { createCipheriv, createDecipheriv, randomBytes } from 'crypto';

export interface ShareClaims {
  docId: string;
  email: string;
  exp: number;
}

export class ShareTokens {
  constructor(private readonly key: Buffer) {}

  issue(claims: ShareClaims): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key.subarray(0, 32), iv);
    const ct = Buffer.concat([cipher.update(JSON.stringify(claims)), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64url');
  }

  read(token: string): ShareClaims {
    const buf = Buffer.from(token, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key.subarray(0, 32), buf.subarray(0, 12));
    decipher.setAuthTag(buf.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString());
  }
}
