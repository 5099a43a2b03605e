import { Body, Controller, Post, Req } from '@nestjs/common';
import { AnalyticsService } from './analytics.service';

@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Post('events/summary')
  summary(@Body() body: { filter?: Record<string, unknown> }, @Req() req: any) {
    return this.analytics.summarize(req.user.tenantId, body.filter ?? {});
  }
}
