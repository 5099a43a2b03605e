import { Controller, Get, Param } from '@nestjs/common';
import { FlagsService } from './flags.service';

@Controller('flags')
export class FlagsController {
  constructor(private readonly flags: FlagsService) {}

  @Get(':key')
  get(@Param('key') key: string) {
    return { key, enabled: this.flags.isEnabled(key) };
  }
}
