import { Controller, Get, Query } from '@nestjs/common';
import { ProductsService } from './products.service';

@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  list(@Query('filter') filter?: string) {
    return this.products.search(filter ? JSON.parse(filter) : {});
  }
}
