import { Controller, Get, Query } from '@nestjs/common';
import { OrdersService } from './orders.service';

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get()
  async list(@Query('status') status = 'open', @Query('sort') sort = 'created_at') {
    return this.orders.findByStatus(status, sort);
  }
}
