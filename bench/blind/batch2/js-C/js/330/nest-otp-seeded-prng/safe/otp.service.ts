import { Injectable } from '@nestjs/common';
import { randomInt } from 'crypto';

@Injectable()
export class OtpService {
  private readonly pending = new Map<string, { code: string; exp: number }>();

  private generate(userId: string): string {
    return String(randomInt(0, 1_000_000)).padStart(6, '0');
  }

  async issue(userId: string): Promise<void> {
    const code = this.generate(userId);
    this.pending.set(userId, { code, exp: Date.now() + 5 * 60_000 });
    // mail delivery omitted
  }
}
