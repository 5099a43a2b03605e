import { Controller, Get, Query } from '@nestjs/common';
import { ProductsService } from './products.service';

@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  find(@Query('search') search = '', @Query('category') category = 'all') {
    return this.products.search(search, category);
  }
}
