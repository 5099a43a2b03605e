import { Injectable } from '@nestjs/common';
import { createHash } from 'crypto';
import { DataSource } from 'typeorm';

@Injectable()
export class ApiKeyService {
  constructor(private readonly ds: DataSource) {}

  private digest(key: string): string {
    return createHash('sha256').update(key).digest('hex');
  }

  async lookup(key: string) {
    if (key.length < 32) return null;
    const rows = await this.ds.query('SELECT client_id FROM api_keys WHERE key_digest = $1 AND revoked = false', [this.digest(key)]);
    return rows[0] ?? null;
  }
}
