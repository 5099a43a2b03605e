import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ApiKey } from './apikey.entity';

@Injectable()
export class ApiKeyRepository {
  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

  save(k: Partial<ApiKey>) {
    return this.keys.save(k);
  }

  findByDigest(keyDigest: string) {
    return this.keys.findOne({ where: { keyDigest } });
  }
}
