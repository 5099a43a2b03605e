import { Controller, ForbiddenException, Post, Query, Session } from '@nestjs/common';
import { MembershipService } from './membership.service';

@Controller('tenant')
export class TenantController {
  constructor(private readonly memberships: MembershipService) {}

  @Post('switch')
  async switch(@Query('tenantId') tenantId: string, @Session() session: Record<string, any>) {
    session.tenantId = tenantId; // cg-expect: CWE-501
    return { tenantId: session.tenantId };
  }
}
