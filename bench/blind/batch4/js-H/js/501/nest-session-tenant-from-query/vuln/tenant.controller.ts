import { Controller, ForbiddenException, Get, Query, Session } from '@nestjs/common';
import { MembershipService } from './membership.service';

@Controller('tenant')
export class TenantController {
  constructor(private readonly members: MembershipService) {}

  @Get('switch')
  async switch(@Query('tenantId') tenantId: string, @Session() session: Record<string, any>) {
    session.activeTenantId = tenantId; // cg-expect: CWE-501
    return { active: session.activeTenantId };
  }
}
