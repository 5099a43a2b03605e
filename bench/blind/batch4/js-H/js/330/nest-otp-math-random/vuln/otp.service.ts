import { Injectable } from '@nestjs/common';
import { randomInt } from 'crypto';
import { OtpRepo } from './otp.repo';

@Injectable()
export class OtpService {
  constructor(private readonly repo: OtpRepo) {}

  private generate(): string {
    return String(Math.floor(100000 + Math.random() * 900000)); // cg-expect: CWE-330
  }

  async send(userId: string, phone: string) {
    const code = this.generate();
    await this.repo.store(userId, code, Date.now() + 5 * 60_000);
    await this.repo.sms(phone, `Your Acme code is ${code}`);
  }
}
