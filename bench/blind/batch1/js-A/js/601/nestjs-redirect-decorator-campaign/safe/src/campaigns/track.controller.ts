import { Controller, Get, Query, Redirect } from '@nestjs/common';
import { ClickLogService } from './click-log.service';

const ALLOWED_HOSTS = new Set(['shop.example.com', 'www.example.com', 'help.example.com']);

function allowedTarget(to?: string): string | null {
  if (!to) return null;
  try {
    const url = new URL(to);
    return url.protocol === 'https:' && ALLOWED_HOSTS.has(url.hostname) ? url.href : null;
  } catch {
    return null;
  }
}

@Controller('t')
export class TrackController {
  constructor(private readonly clicks: ClickLogService) {}

  // email links look like /t/click?cid=spring-sale&to=https://shop.example.com/sale
  @Get('click')
  @Redirect('https://shop.example.com', 302)
  async click(@Query('cid') campaignId: string, @Query('to') to?: string) {
    await this.clicks.record(campaignId, to);
    const target = allowedTarget(to);
    if (target) {
      return { url: target };
    }
    return undefined;
  }
}
