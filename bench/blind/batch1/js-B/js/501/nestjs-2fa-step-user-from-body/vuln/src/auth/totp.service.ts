import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { authenticator } from 'otplib';
import { User } from '../users/user.entity';

@Injectable()
export class TotpService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async verify(userId: string, code: string): Promise<boolean> {
    const user = await this.users.findOne({ where: { id: userId }, select: ['id', 'totpSecret'] });
    if (!user?.totpSecret || typeof code !== 'string') return false;
    return authenticator.check(code, user.totpSecret);
  }
}
