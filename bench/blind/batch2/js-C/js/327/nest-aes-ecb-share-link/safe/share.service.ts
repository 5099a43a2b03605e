import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'crypto';

@Injectable()
export class ShareService {
  private readonly key = Buffer.from(process.env.SHARE_KEY_HEX ?? '', 'hex');

  createLink(docId: string, ttlMs: number): string {
    const payload = JSON.stringify({ doc: docId, exp: Date.now() + ttlMs });
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.key, iv);
    const enc = Buffer.concat([c.update(payload), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), enc]).toString('base64url');
  }

  readLink(token: string): { doc: string; exp: number } | null {
    try {
      const raw = Buffer.from(token, 'base64url');
      const d = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      d.setAuthTag(raw.subarray(12, 28));
      return JSON.parse(Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString());
    } catch {
      return null;
    }
  }
}
