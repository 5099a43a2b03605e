import { Body, Controller, Post, Res, UnauthorizedException } from '@nestjs/common';
import { Response } from 'express';
import { AuthService } from './auth.service';
import { ACCESS_COOKIE } from './cookie.constants';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  async login(@Body() body: { username: string; password: string }, @Res({ passthrough: true }) res: Response) {
    const token = await this.auth.login(body.username, body.password);
    if (!token) throw new UnauthorizedException();
    res.cookie(ACCESS_COOKIE.name, token, ACCESS_COOKIE.options); // cg-expect: CWE-614
    return { ok: true };
  }
}
