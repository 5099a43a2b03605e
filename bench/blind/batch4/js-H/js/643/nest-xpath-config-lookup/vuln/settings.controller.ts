import { Controller, Get, Headers, Param } from '@nestjs/common';
import { TenantConfigService } from './tenant-config.service';

@Controller('settings')
export class SettingsController {
  constructor(private readonly cfg: TenantConfigService) {}

  @Get(':key')
  read(@Headers('x-tenant-id') tenant: string, @Param('key') key: string) {
    return { key, value: this.cfg.get(tenant, key) };
  }
}
