import { Module } from '@nestjs/common';
import { TenantController } from './tenant.controller';
import { MembershipService } from './membership.service';

@Module({
  controllers: [TenantController],
  providers: [MembershipService],
})
export class FeatureModule {}
