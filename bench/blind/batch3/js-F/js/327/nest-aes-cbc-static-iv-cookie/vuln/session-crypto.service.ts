import { Injectable } from '@nestjs/common';
import { createCipheriv, randomBytes } from 'crypto';

@Injectable()
export class SessionCryptoService {
  constructor(private readonly key: Buffer) {}

  encrypt(payload: object): string {
    const cipher = createCipheriv('aes-128-cbc', this.key.subarray(0, 16), Buffer.alloc(16, 0)); // cg-expect: CWE-327
    return Buffer.concat([cipher.update(JSON.stringify(payload)), cipher.final()]).toString('base64url');
  }
}
