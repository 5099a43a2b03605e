import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import * as crypto from 'crypto';

@Injectable()
export class VaultService {
  private readonly key: Buffer;
  constructor(config: ConfigService) {
    this.key = Buffer.from(config.getOrThrow<string>('VAULT_KEY'), 'hex');
  }

  encrypt(plain: string): string {
    const cipher = crypto.createCipheriv('des-ecb', this.key.subarray(0, 8), null); // cg-expect: CWE-327
    return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
  }
}
