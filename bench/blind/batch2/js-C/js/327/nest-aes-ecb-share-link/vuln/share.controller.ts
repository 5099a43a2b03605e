import { Controller, ForbiddenException, Get, Param, Post, Query } from '@nestjs/common';
import { ShareService } from './share.service';

@Controller('share')
export class ShareController {
  constructor(private readonly shares: ShareService) {}

  @Post(':docId')
  create(@Param('docId') docId: string) {
    return { token: this.shares.createLink(docId, 24 * 3600 * 1000) };
  }

  @Get()
  open(@Query('t') token: string) {
    const data = this.shares.readLink(String(token));
    if (!data || data.exp < Date.now()) throw new ForbiddenException();
    return { doc: data.doc };
  }
}
