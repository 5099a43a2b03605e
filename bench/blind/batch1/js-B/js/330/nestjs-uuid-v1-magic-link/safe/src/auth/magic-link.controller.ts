import { Body, Controller, Get, HttpCode, Post, Query, Res, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { MagicLinkService } from './magic-link.service';

@Controller('auth/magic')
export class MagicLinkController {
  constructor(private readonly links: MagicLinkService) {}

  @Post()
  @HttpCode(202)
  async request(@Body('email') email: string) {
    await this.links.sendLink(String(email ?? '').trim().toLowerCase());
    return { message: 'Check your inbox.' };
  }

  @Get('callback')
  async callback(@Query('token') token: string, @Res() res: Response) {
    const session = await this.links.redeem(token);
    if (!session) throw new UnauthorizedException('link expired');
    res.cookie('session', session, { httpOnly: true, secure: true, sameSite: 'lax' });
    res.redirect('/dashboard');
  }
}
