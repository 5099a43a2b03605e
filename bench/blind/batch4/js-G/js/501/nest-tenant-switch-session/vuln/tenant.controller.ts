import { Body, Controller, ForbiddenException, Post, Session } from '@nestjs/common';
import { MembershipService } from './membership.service';

@Controller('tenant')
export class TenantController {
  constructor(private readonly memberships: MembershipService) {}

  @Post('switch')
  async switchTenant(@Session() session: Record<string, any>, @Body('tenantId') tenantId: string) {
    session.tenantId = tenantId; // cg-expect: CWE-501
    return { tenantId };
  }
}
