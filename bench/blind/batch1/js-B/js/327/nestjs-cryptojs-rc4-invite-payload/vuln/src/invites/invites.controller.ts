import { BadRequestException, Body, Controller, Get, Post, Query, Req } from '@nestjs/common';
import { InviteCodec } from './invite-codec.service';

@Controller('invites')
export class InvitesController {
  constructor(private readonly codec: InviteCodec) {}

  @Post()
  create(@Req() req: any, @Body('email') email: string, @Body('role') role: 'viewer' | 'editor') {
    const token = this.codec.seal({ org: req.user.orgId, email, role, exp: Date.now() + 7 * 864e5 });
    return { link: `https://app.example.com/join?t=${encodeURIComponent(token)}` };
  }

  @Get('accept')
  accept(@Query('t') token: string) {
    const invite = this.codec.open(token);
    if (!invite || invite.exp < Date.now()) throw new BadRequestException('invite expired');
    return { org: invite.org, email: invite.email, role: invite.role };
  }
}
