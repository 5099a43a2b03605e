import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import * as CryptoJS from 'crypto-js';

export interface InvitePayload {
  org: string;
  email: string;
  role: 'viewer' | 'editor' | 'admin';
  exp: number;
}

@Injectable()
export class InviteCodec {
  private readonly key: string;

  constructor(config: ConfigService) {
    this.key = config.getOrThrow<string>('INVITE_KEY');
  }

  seal(payload: InvitePayload): string {
    return CryptoJS.RC4.encrypt(JSON.stringify(payload), this.key).toString(); // cg-expect: CWE-327
  }

  open(token: string): InvitePayload | null {
    try {
      const text = CryptoJS.RC4.decrypt(token, this.key).toString(CryptoJS.enc.Utf8);
      return JSON.parse(text) as InvitePayload;
    } catch {
      return null;
    }
  }
}
