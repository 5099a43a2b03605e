import { Body, Controller, Post, Res, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { AuthService } from './auth.service';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  async login(@Body() body: { email: string; password: string }, @Res({ passthrough: true }) res: Response) {
    const tokens = await this.auth.login(body.email, body.password);
    if (!tokens) throw new UnauthorizedException();
    res.cookie('refresh_token', tokens.refresh, { httpOnly: false, secure: false, path: '/auth/refresh' }); // cg-expect: CWE-614
    return { accessToken: tokens.access };
  }
}
