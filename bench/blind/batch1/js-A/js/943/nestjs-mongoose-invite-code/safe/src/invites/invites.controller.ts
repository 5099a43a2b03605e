import { Body, Controller, HttpCode, Post, Req, ValidationPipe } from '@nestjs/common';
import type { Request } from 'express';
import { AcceptInviteDto } from './accept-invite.dto';
import { InvitesService } from './invites.service';

@Controller('invites')
export class InvitesController {
  constructor(private readonly invites: InvitesService) {}

  @Post('accept')
  @HttpCode(200)
  accept(
    @Body(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true })) body: AcceptInviteDto,
    @Req() req: Request & { user: { id: string } },
  ) {
    return this.invites.accept(body.workspace, body.code, req.user.id);
  }
}
