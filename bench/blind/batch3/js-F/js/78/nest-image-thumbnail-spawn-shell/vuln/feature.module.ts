import { Module } from '@nestjs/common';
import { ThumbnailController } from './thumbnail.controller';
import { ThumbnailService } from './thumbnail.service';

@Module({
  controllers: [ThumbnailController],
  providers: [ThumbnailService],
})
export class FeatureModule {}
