import { createCipheriv, createDecipheriv, randomBytes } from 'crypto';

export interface ShareClaims {
  docId: string;
  email: string;
  exp: number;
}

export class ShareTokens {
  constructor(private readonly key: Buffer) {}

  issue(claims: ShareClaims): string {
    const iv = randomBytes(8);
    const cipher = createCipheriv('bf-cbc', this.key.subarray(0, 16), iv); // cg-expect: CWE-327
    const ct = Buffer.concat([cipher.update(JSON.stringify(claims)), cipher.final()]);
    return Buffer.concat([iv, ct]).toString('base64url');
  }

  read(token: string): ShareClaims {
    const buf = Buffer.from(token, 'base64url');
    const decipher = createDecipheriv('bf-cbc', this.key.subarray(0, 16), buf.subarray(0, 8));
    return JSON.parse(Buffer.concat([decipher.update(buf.subarray(8)), decipher.final()]).toString());
  }
}
