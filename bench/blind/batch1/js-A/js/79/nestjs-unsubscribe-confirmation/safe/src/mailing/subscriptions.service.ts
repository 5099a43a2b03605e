import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';

@Injectable()
export class SubscriptionsService {
  private readonly key = Buffer.from(process.env.UNSUB_HMAC_KEY ?? '', 'base64');
  private readonly optedOut = new Set<string>();

  async unsubscribe(email: string, list: string, sig: string): Promise<boolean> {
    const expected = createHmac('sha256', this.key).update(`${email}|${list}`).digest();
    const given = Buffer.from(sig ?? '', 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
    this.optedOut.add(`${list}:${email.toLowerCase()}`);
    return true;
  }
}
