import { Body, Controller, Get, Patch } from '@nestjs/common';
import { FlagsService } from './flags.service';

@Controller('admin/flags')
export class FlagsController {
  constructor(private readonly flags: FlagsService) {}

  @Get()
  all() {
    return this.flags.snapshot();
  }

  @Patch()
  update(@Body() patch: Record<string, unknown>) {
    return this.flags.apply(patch);
  }
}
