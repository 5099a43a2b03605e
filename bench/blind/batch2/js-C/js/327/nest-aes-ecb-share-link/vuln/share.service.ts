import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'crypto';

@Injectable()
export class ShareService {
  private readonly key = Buffer.from(process.env.SHARE_KEY_HEX ?? '', 'hex');

  createLink(docId: string, ttlMs: number): string {
    const payload = JSON.stringify({ doc: docId, exp: Date.now() + ttlMs });
    const c = createCipheriv('aes-256-ecb', this.key, null); // cg-expect: CWE-327
    return Buffer.concat([c.update(payload), c.final()]).toString('base64url');
  }

  readLink(token: string): { doc: string; exp: number } | null {
    try {
      const raw = Buffer.from(token, 'base64url');
      const d = createDecipheriv('aes-256-ecb', this.key, null);
      return JSON.parse(Buffer.concat([d.update(raw), d.final()]).toString());
    } catch {
      return null;
    }
  }
}
