import { Controller, Get, Query } from '@nestjs/common';
import { OrdersRepository } from './orders.repository';

@Controller('orders')
export class OrdersController {
  constructor(private readonly repo: OrdersRepository) {}

  @Get()
  list(@Query('status') status = 'open', @Query('sort') sort = 'created_at') {
    return this.repo.findByStatus(status, sort);
  }
}
