import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { createHash, createHmac, randomBytes } from 'crypto';
import { ApiKey } from './apikey.entity';

@Injectable()
export class ApiKeysService {
  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

  private digest(key: string): string {
    return createHash('sha1').update(key).digest('hex'); // cg-expect: CWE-328
  }

  async issue(ownerId: string): Promise<string> {
    const key = 'ak_' + randomBytes(24).toString('base64url');
    await this.keys.insert({ ownerId, digest: this.digest(key) });
    return key;
  }

  async verify(presented: string): Promise<ApiKey | null> {
    return this.keys.findOneBy({ digest: this.digest(presented) });
  }
}
