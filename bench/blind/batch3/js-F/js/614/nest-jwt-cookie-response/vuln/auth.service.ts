import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { UsersService } from './users.service';

@Injectable()
export class AuthService {
  constructor(private readonly users: UsersService, private readonly jwt: JwtService) {}

  async login(email: string, password: string): Promise<string | null> {
    const user = await this.users.verify(email, password);
    return user ? this.jwt.signAsync({ sub: user.id }) : null;
  }
}
