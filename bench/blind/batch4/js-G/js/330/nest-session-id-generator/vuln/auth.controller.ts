import { Body, Controller, Post, Res, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { SessionService } from './session.service';
import { UsersService } from './users.service';

@Controller('auth')
export class AuthController {
  constructor(private readonly sessions: SessionService, private readonly users: UsersService) {}

  @Post('login')
  async login(@Body() body: { email: string; password: string }, @Res({ passthrough: true }) res: Response) {
    const user = await this.users.verify(body.email, body.password);
    if (!user) throw new UnauthorizedException();
    const sid = this.sessions.create(user.id);
    res.cookie('sid', sid, { httpOnly: true, secure: true, sameSite: 'strict' });
    return { ok: true };
  }
}
