import { Controller, Get, NotFoundException, Query } from '@nestjs/common';
import { TenantConfigService } from './tenant-config.service';

@Controller('settings')
export class SettingsController {
  constructor(private readonly config: TenantConfigService) {}

  @Get()
  get(@Query('key') key: string) {
    const value = this.config.read(key ?? '');
    if (value === null) throw new NotFoundException();
    return { key, value };
  }
}
