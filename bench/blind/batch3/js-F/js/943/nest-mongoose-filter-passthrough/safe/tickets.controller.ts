import { Body, Controller, Post } from '@nestjs/common';
import { TicketsService } from './tickets.service';

@Controller('tickets')
export class TicketsController {
  constructor(private readonly tickets: TicketsService) {}

  @Post('search')
  search(@Body() body: { filter?: Record<string, unknown> }) {
    return this.tickets.search(body.filter ?? {});
  }
}
