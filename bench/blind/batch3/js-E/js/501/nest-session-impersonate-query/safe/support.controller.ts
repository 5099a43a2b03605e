import { Controller, ForbiddenException, Get, Query, Session } from '@nestjs/common';
import { UsersService } from './users.service';

@Controller('support')
export class SupportController {
  constructor(private readonly users: UsersService) {}

  @Get('view-as')
  async viewAs(@Query('asUser') asUser: string, @Session() session: Record<string, any>) {
    const target = await this.users.findById(asUser);
    if (!target) throw new ForbiddenException();
    const me = await this.users.findById(session.userId);
    if (!me || !me.roles.includes('support')) throw new ForbiddenException();
    session.effectiveUserId = asUser;
    return { viewing: target.displayName };
  }
}
