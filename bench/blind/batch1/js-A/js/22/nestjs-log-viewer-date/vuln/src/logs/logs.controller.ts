import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { SupportStaffGuard } from '../auth/support-staff.guard';
import { LogsService } from './logs.service';

@Controller('support/logs')
@UseGuards(SupportStaffGuard)
export class LogsController {
  constructor(private readonly logs: LogsService) {}

  @Get()
  async tail(@Query('day') day: string, @Query('lines') lines = '200') {
    return { day, lines: await this.logs.tail(day, Math.min(Number(lines) || 200, 2000)) };
  }
}
