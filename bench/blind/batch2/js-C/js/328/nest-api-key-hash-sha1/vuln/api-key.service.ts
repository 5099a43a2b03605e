import { Injectable } from '@nestjs/common';
import * as CryptoJS from 'crypto-js';
import { DataSource } from 'typeorm';

@Injectable()
export class ApiKeyService {
  constructor(private readonly ds: DataSource) {}

  private digest(key: string): string {
    return CryptoJS.SHA1('apikey-salt' + key).toString(CryptoJS.enc.Hex); // cg-expect: CWE-328
  }

  async lookup(key: string) {
    if (key.length < 32) return null;
    const rows = await this.ds.query('SELECT client_id FROM api_keys WHERE key_digest = $1 AND revoked = false', [this.digest(key)]);
    return rows[0] ?? null;
  }
}
