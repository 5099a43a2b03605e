import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class AuthService {
  constructor(private readonly jwt: JwtService) {}

  issue(userId: string, roles: string[]): string {
    return this.jwt.sign({ sub: userId, roles });
  }

  verify(token: string) {
    return this.jwt.verify(token);
  }
}
