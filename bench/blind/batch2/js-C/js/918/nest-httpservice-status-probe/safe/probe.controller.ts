import { Controller, Get, Query } from '@nestjs/common';
import { ProbeService } from './probe.service';

@Controller('status')
export class ProbeController {
  constructor(private readonly probe: ProbeService) {}

  @Get('check')
  check(@Query('target') target: string) {
    return this.probe.check(target);
  }
}
