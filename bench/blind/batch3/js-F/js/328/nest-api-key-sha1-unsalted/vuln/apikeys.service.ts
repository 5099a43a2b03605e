import { Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes } from 'crypto';
import { ApiKeyRepository } from './apikey.repository';

@Injectable()
export class ApiKeysService {
  constructor(private readonly repo: ApiKeyRepository) {}

  private digest(key: string): string {
    return createHash('sha1').update(key).digest('hex'); // cg-expect: CWE-328
  }

  async issue(userId: string): Promise<string> {
    const key = randomBytes(24).toString('base64url');
    await this.repo.save({ userId, keyDigest: this.digest(key), fingerprint: createHash('sha1').update(userId).digest('hex').slice(0, 8) });
    return key;
  }

  async resolve(presented: string) {
    return this.repo.findByDigest(this.digest(presented));
  }
}
