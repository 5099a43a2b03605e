import { randomInt } from 'crypto';
import type { Redis } from 'ioredis';

export class OtpService {
  private rng = (max: number) => randomInt(max);

  constructor(private readonly redis: Redis, private readonly digits = 6) {}

  private nextCode(): string {
    const n = this.rng(10 ** this.digits);
    return n.toString().padStart(this.digits, '0');
  }

  async issue(phone: string): Promise<string> {
    const code = this.nextCode();
    await this.redis.set(`otp:${phone}`, code, 'EX', 300);
    return code;
  }

  async verify(phone: string, code: string): Promise<boolean> {
    const expected = await this.redis.get(`otp:${phone}`);
    if (!expected || expected !== code) return false;
    await this.redis.del(`otp:${phone}`);
    return true;
  }
}
