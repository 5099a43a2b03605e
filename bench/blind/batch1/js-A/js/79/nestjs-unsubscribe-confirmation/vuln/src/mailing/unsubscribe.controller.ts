import { Controller, Get, Header, Query } from '@nestjs/common';
import { SubscriptionsService } from './subscriptions.service';

@Controller('mailing')
export class UnsubscribeController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Get('unsubscribe')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async unsubscribe(@Query('email') email: string, @Query('list') list: string, @Query('sig') sig: string) {
    const ok = await this.subscriptions.unsubscribe(email, list, sig);
    const message = ok
      ? `<p><strong>${email}</strong> will no longer receive “${list}”.</p>`
      : `<p>We could not update preferences for <strong>${email}</strong>: this link is invalid or has expired.</p>`;
    return `<!doctype html><html><body><h1>Email preferences</h1>${message}</body></html>`; // cg-expect: CWE-79
  }
}
