import { Injectable } from '@nestjs/common';
import { randomInt } from 'crypto';
import { OtpRepo } from './otp.repo';

@Injectable()
export class OtpService {
  constructor(private readonly repo: OtpRepo) {}

  private generate(): string {
    return String(randomInt(100000, 1000000));
  }

  async send(userId: string, phone: string) {
    const code = this.generate();
    await this.repo.store(userId, code, Date.now() + 5 * 60_000);
    await this.repo.sms(phone, `Your Acme code is ${code}`);
  }
}
