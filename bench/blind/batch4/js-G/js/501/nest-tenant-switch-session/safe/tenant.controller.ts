import { Body, Controller, ForbiddenException, Post, Session } from '@nestjs/common';
import { MembershipService } from './membership.service';

@Controller('tenant')
export class TenantController {
  constructor(private readonly memberships: MembershipService) {}

  @Post('switch')
  async switchTenant(@Session() session: Record<string, any>, @Body('tenantId') tenantId: string) {
    const allowed = await this.memberships.isMember(session.userId, tenantId);
    if (!allowed) throw new ForbiddenException();
    session.tenantId = tenantId;
    return { tenantId };
  }
}
