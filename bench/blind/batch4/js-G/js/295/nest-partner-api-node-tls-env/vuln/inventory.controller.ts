import { Controller, Get, Param } from '@nestjs/common';
import { InventoryService } from './inventory.service';

@Controller('inventory')
export class InventoryController {
  constructor(private readonly inventory: InventoryService) {}

  @Get(':sku')
  async get(@Param('sku') sku: string) {
    return { sku, available: await this.inventory.stockFor(sku) };
  }
}
