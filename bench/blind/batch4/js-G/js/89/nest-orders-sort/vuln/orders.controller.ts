import { Controller, Get, Query } from '@nestjs/common';
import { OrdersService } from './orders.service';

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get('search')
  async search(@Query('customer') customer: string, @Query('status') status = 'open') {
    const rows = await this.orders.findByCustomer(customer ?? '', status);
    return { count: rows.length, rows };
  }
}
