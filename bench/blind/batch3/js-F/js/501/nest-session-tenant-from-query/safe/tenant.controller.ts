import { Controller, ForbiddenException, Post, Query, Session } from '@nestjs/common';
import { MembershipService } from './membership.service';

@Controller('tenant')
export class TenantController {
  constructor(private readonly memberships: MembershipService) {}

  @Post('switch')
  async switch(@Query('tenantId') tenantId: string, @Session() session: Record<string, any>) {
    const member = await this.memberships.find(session.userId, tenantId);
    if (!member) throw new ForbiddenException();
    session.tenantId = member.tenantId;
    return { tenantId: session.tenantId };
  }
}
