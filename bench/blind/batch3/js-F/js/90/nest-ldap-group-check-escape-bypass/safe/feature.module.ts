import { Module } from '@nestjs/common';
import { GroupsController } from './groups.controller';
import { DirectoryService } from './directory.service';

@Module({
  controllers: [GroupsController],
  providers: [DirectoryService],
})
export class FeatureModule {}
