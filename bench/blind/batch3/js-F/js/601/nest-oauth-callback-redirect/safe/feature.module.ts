import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { RedirectPolicy } from './redirect.policy';

@Module({
  controllers: [AuthController],
  providers: [RedirectPolicy],
})
export class FeatureModule {}
