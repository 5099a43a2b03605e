import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { UsersService } from './users.service';

@Injectable()
export class AuthService {
  constructor(private readonly users: UsersService, private readonly jwt: JwtService) {}

  async login(email: string, password: string) {
    const user = await this.users.findByEmail(email);
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) return null;
    return {
      access: await this.jwt.signAsync({ sub: user.id }, { expiresIn: '15m' }),
      refresh: await this.jwt.signAsync({ sub: user.id, typ: 'refresh' }, { expiresIn: '30d' }),
    };
  }
}
