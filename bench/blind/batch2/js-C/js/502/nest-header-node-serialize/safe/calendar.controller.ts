import { Controller, Get, Req, UseInterceptors } from '@nestjs/common';
import { ClientContextInterceptor } from './client-context.interceptor';

@Controller('calendar')
@UseInterceptors(ClientContextInterceptor)
export class CalendarController {
  @Get('today')
  today(@Req() req: { clientContext: { locale: string; timezone: string } }) {
    const fmt = new Intl.DateTimeFormat(req.clientContext.locale, { timeZone: req.clientContext.timezone, dateStyle: 'full' });
    return { today: fmt.format(new Date()) };
  }
}
