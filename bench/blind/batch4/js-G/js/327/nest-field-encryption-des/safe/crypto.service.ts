import { Injectable } from '@nestjs/common';
import { createCipheriv, randomBytes } from 'crypto';

@Injectable()
export class FieldCryptoService {
  private readonly key = Buffer.from(process.env.FIELD_KEY_HEX ?? '', 'hex').subarray(0, 32);

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join('.');
  }
}
