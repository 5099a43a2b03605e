import { Body, Controller, Post, Res, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { AuthService } from './auth.service';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  async login(@Body() body: { email: string; password: string }, @Res({ passthrough: true }) res: Response) {
    const token = await this.auth.login(body.email, body.password);
    if (!token) throw new UnauthorizedException();
    res.cookie('access_token', token, { httpOnly: false, sameSite: 'strict', path: '/' }); // cg-expect: CWE-614
    return { ok: true };
  }
}
