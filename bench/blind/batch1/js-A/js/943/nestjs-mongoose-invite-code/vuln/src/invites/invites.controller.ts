import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { InvitesService } from './invites.service';

@Controller('invites')
export class InvitesController {
  constructor(private readonly invites: InvitesService) {}

  @Post('accept')
  @HttpCode(200)
  accept(@Body() body: any, @Req() req: Request & { user: { id: string } }) {
    return this.invites.accept(body.workspace, body.code, req.user.id);
  }
}
