import { Module } from '@nestjs/common';
import { JobsController } from './jobs.controller';
import { ExportProcessor } from './export.processor';

@Module({
  controllers: [JobsController],
  providers: [ExportProcessor],
})
export class FeatureModule {}
