import { Injectable } from '@nestjs/common';
import { InjectRedis } from '@nestjs-modules/ioredis';
import Redis from 'ioredis';
import { randomBytes } from 'crypto';
import { MailService } from '../mail/mail.service';
import { SessionService } from './session.service';

@Injectable()
export class MagicLinkService {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly mail: MailService,
    private readonly sessions: SessionService,
  ) {}

  async sendLink(email: string): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    await this.redis.set(`magic:${token}`, email, 'EX', 600);
    await this.mail.send(email, 'Sign in', `https://app.example.com/auth/magic/callback?token=${token}`);
  }

  async redeem(token: string): Promise<string | null> {
    const email = await this.redis.getdel(`magic:${token}`);
    return email ? this.sessions.createForEmail(email) : null;
  }
}
