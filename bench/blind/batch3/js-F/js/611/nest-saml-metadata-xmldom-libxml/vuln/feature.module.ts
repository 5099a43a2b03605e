import { Module } from '@nestjs/common';
import { SsoController } from './sso.controller';
import { MetadataService } from './metadata.service';

@Module({
  controllers: [SsoController],
  providers: [MetadataService],
})
export class FeatureModule {}
