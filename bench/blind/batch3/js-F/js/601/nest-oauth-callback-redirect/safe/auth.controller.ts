import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RedirectPolicy } from './redirect.policy';

@Controller('auth')
export class AuthController {
  constructor(private readonly policy: RedirectPolicy) {}

  @Get('callback')
  callback(@Query('code') code: string, @Req() req: Request, @Res() res: Response) {
    const next = req.cookies['post_login_next'] ?? '/';
    res.clearCookie('post_login_next');
    return res.redirect(this.policy.resolve(next));
  }
}
