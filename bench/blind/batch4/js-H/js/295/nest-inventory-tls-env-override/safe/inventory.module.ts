import { Module } from '@nestjs/common';
import { HttpModule } from '@nestjs/axios';
import { InventoryService } from './inventory.service';
import { Agent } from 'https';
import { readFileSync } from 'fs';

@Module({
  imports: [HttpModule.register({
    baseURL: 'https://inventory.internal.acme.io',
    timeout: 4000,
    httpsAgent: new Agent({ ca: readFileSync('/etc/acme/internal-ca.pem'), rejectUnauthorized: true }),
  })],
  providers: [InventoryService],
  exports: [InventoryService],
})
export class InventoryModule {}
