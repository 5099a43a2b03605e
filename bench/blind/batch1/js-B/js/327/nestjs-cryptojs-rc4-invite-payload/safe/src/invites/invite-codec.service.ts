import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createCipheriv, createDecipheriv, randomBytes } from 'crypto';

export interface InvitePayload {
  org: string;
  email: string;
  role: 'viewer' | 'editor' | 'admin';
  exp: number;
}

@Injectable()
export class InviteCodec {
  private readonly key: Buffer;

  constructor(config: ConfigService) {
    this.key = Buffer.from(config.getOrThrow<string>('INVITE_KEY'), 'base64'); // 32 bytes
  }

  seal(payload: InvitePayload): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([c.update(JSON.stringify(payload), 'utf8'), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64url');
  }

  open(token: string): InvitePayload | null {
    try {
      const raw = Buffer.from(token, 'base64url');
      const d = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      d.setAuthTag(raw.subarray(12, 28));
      const text = Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
      return JSON.parse(text) as InvitePayload;
    } catch {
      return null;
    }
  }
}
