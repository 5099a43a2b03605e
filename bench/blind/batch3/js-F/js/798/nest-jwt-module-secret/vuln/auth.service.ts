import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class AuthService {
  constructor(private readonly jwt: JwtService) {}

  issue(userId: string, roles: string[]) {
    return this.jwt.signAsync({ sub: userId, roles });
  }
}
