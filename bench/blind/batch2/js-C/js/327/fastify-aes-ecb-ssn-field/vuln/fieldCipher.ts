import { createCipheriv, randomBytes } from 'crypto';

export class FieldCipher {
  constructor(private readonly key: Buffer) {}

  encrypt(plain: string): string {
    const c = createCipheriv('aes-128-ecb', this.key.subarray(0, 16), null); // cg-expect: CWE-327
    return Buffer.concat([c.update(plain, 'utf8'), c.final()]).toString('base64');
  }
}
