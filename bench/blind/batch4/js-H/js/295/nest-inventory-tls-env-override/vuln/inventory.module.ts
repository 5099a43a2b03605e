import { Module } from '@nestjs/common';
import { HttpModule } from '@nestjs/axios';
import { InventoryService } from './inventory.service';

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // cg-expect: CWE-295

@Module({
  imports: [HttpModule.register({ baseURL: 'https://inventory.internal.acme.io', timeout: 4000 })],
  providers: [InventoryService],
  exports: [InventoryService],
})
export class InventoryModule {}
