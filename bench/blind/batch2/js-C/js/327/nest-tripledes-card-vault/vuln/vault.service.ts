import { Injectable } from '@nestjs/common';
import * as CryptoJS from 'crypto-js';
import { randomUUID } from 'crypto';

@Injectable()
export class VaultService {
  private readonly key = CryptoJS.enc.Hex.parse(process.env.VAULT_KEY_HEX ?? '');
  private readonly rows = new Map<string, { holder: string; blob: string }>();

  store(pan: string, holder: string): string {
    const iv = CryptoJS.enc.Hex.parse('0000000000000000');
    const blob = CryptoJS.TripleDES.encrypt(pan, this.key, { iv, mode: CryptoJS.mode.CBC }).toString(); // cg-expect: CWE-327
    const ref = randomUUID();
    this.rows.set(ref, { holder, blob });
    return ref;
  }
}
