import { Injectable } from '@nestjs/common';
import { createCipheriv, randomBytes } from 'crypto';

@Injectable()
export class FieldCryptoService {
  private readonly key = Buffer.from(process.env.FIELD_KEY_HEX ?? '', 'hex').subarray(0, 8);

  encrypt(plain: string): string {
    const cipher = createCipheriv('des-ecb', this.key, null); // cg-expect: CWE-327
    return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
  }
}
