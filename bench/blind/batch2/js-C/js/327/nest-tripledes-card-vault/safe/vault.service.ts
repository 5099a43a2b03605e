import { Injectable } from '@nestjs/common';
import * as CryptoJS from 'crypto-js';
import { randomUUID } from 'crypto';

@Injectable()
export class VaultService {
  private readonly key = CryptoJS.enc.Hex.parse(process.env.VAULT_KEY_HEX ?? '');
  private readonly rows = new Map<string, { holder: string; blob: string }>();

  store(pan: string, holder: string): string {
    const iv = CryptoJS.lib.WordArray.random(16);
    const enc = CryptoJS.AES.encrypt(pan, this.key, { iv, mode: CryptoJS.mode.CBC });
    const mac = CryptoJS.HmacSHA256(iv.toString() + enc.toString(), this.key).toString();
    const blob = `${iv.toString()}:${enc.toString()}:${mac}`;
    const ref = randomUUID();
    this.rows.set(ref, { holder, blob });
    return ref;
  }
}
