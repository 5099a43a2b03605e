import { Module } from '@nestjs/common';
import { ApiKeyRepository } from './apikey.repository';
import { ApiKeysService } from './apikeys.service';

@Module({
  controllers: [],
  providers: [ApiKeyRepository, ApiKeysService],
})
export class FeatureModule {}
