import { Controller, Post, RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import { OrdersFeedService } from './orders-feed.service';

@Controller('feeds')
export class OrdersFeedController {
  constructor(private readonly feed: OrdersFeedService) {}

  @Post('orders')
  ingest(@Req() req: RawBodyRequest<Request>) {
    const xml = req.rawBody?.toString('utf8') ?? '';
    return this.feed.ingest(xml);
  }
}
