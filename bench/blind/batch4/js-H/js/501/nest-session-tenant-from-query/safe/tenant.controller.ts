import { Controller, ForbiddenException, Get, Query, Session } from '@nestjs/common';
import { MembershipService } from './membership.service';

@Controller('tenant')
export class TenantController {
  constructor(private readonly members: MembershipService) {}

  @Get('switch')
  async switch(@Query('tenantId') tenantId: string, @Session() session: Record<string, any>) {
    if (!(await this.members.isMember(session.userId, tenantId))) throw new ForbiddenException();
    session.activeTenantId = tenantId;
    return { active: session.activeTenantId };
  }
}
