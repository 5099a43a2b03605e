import { Controller, Get, Param, Req } from '@nestjs/common';
import { TokenService } from './token.service';

@Controller('exports')
export class ExportController {
  constructor(private readonly tokens: TokenService) {}

  @Get(':reportId/link')
  link(@Param('reportId') reportId: string, @Req() req: any) {
    const token = this.tokens.seal(JSON.stringify({ uid: req.user.id, reportId, exp: Date.now() + 600000 }));
    return { url: `/exports/download?t=${encodeURIComponent(token)}` };
  }
}
