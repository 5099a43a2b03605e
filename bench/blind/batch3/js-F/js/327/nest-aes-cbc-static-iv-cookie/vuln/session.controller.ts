import { Body, Controller, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { SessionCryptoService } from './session-crypto.service';

@Controller('session')
export class SessionController {
  constructor(private readonly crypto: SessionCryptoService) {}

  @Post('prefs')
  save(@Body() prefs: { locale: string; tz: string }, @Res({ passthrough: true }) res: Response) {
    res.cookie('prefs', this.crypto.encrypt({ locale: prefs.locale, tz: prefs.tz }), { httpOnly: true, secure: true });
    return { ok: true };
  }
}
