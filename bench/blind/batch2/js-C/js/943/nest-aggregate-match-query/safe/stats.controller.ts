import { Controller, Get, Query } from '@nestjs/common';
import { StatsService } from './stats.service';

@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('events')
  events(@Query('match') match: string, @Query('account') account: string) {
    return this.stats.eventCounts(account, match);
  }
}
