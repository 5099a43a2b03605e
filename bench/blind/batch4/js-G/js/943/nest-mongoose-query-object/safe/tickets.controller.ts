import { Controller, Get, Query } from '@nestjs/common';
import { TicketsService } from './tickets.service';

@Controller('tickets')
export class TicketsController {
  constructor(private readonly tickets: TicketsService) {}

  // GET /tickets?assignee=bob&status=open
  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.tickets.search(query);
  }
}
