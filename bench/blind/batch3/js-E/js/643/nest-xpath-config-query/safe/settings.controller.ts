import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { SettingsService } from './settings.service';

@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get(':key')
  get(@Param('key') key: string) {
    const value = this.settings.lookup(key);
    if (value === null) throw new NotFoundException();
    return { key, value };
  }
}
