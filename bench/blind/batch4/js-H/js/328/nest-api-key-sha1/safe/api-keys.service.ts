import { Injectable, UnauthorizedException } from '@nestjs/common';
import { createHash, createHmac, randomBytes } from 'crypto';
import { ApiKeysRepo } from './api-keys.repo';

@Injectable()
export class ApiKeysService {
  constructor(private readonly repo: ApiKeysRepo, private readonly pepper: string) {}

  digest(key: string): string {
    return createHmac('sha256', this.pepper).update(key).digest('hex');
  }

  async issue(userId: string) {
    const key = 'ak_' + randomBytes(24).toString('base64url');
    await this.repo.insert(userId, this.digest(key));
    return key;
  }

  async verify(presented: string) {
    const row = await this.repo.findByDigest(this.digest(presented));
    if (!row) throw new UnauthorizedException();
    return row.userId;
  }
}
