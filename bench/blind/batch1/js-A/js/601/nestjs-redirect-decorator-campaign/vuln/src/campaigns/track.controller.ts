import { Controller, Get, Query, Redirect } from '@nestjs/common';
import { ClickLogService } from './click-log.service';

@Controller('t')
export class TrackController {
  constructor(private readonly clicks: ClickLogService) {}

  // email links look like /t/click?cid=spring-sale&to=https://shop.example.com/sale
  @Get('click')
  @Redirect('https://shop.example.com', 302)
  async click(@Query('cid') campaignId: string, @Query('to') to?: string) {
    await this.clicks.record(campaignId, to);
    if (to) {
      return { url: to }; // cg-expect: CWE-601
    }
    return undefined;
  }
}
