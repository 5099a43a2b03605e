import { Module } from '@nestjs/common';
import { HttpModule } from '@nestjs/axios';
import { Agent } from 'https';
import { readFileSync } from 'fs';
import { PartnerService } from './partner.service';

@Module({
  imports: [
    HttpModule.register({
      baseURL: 'https://partner-api.example.net',
      timeout: 5000,
      httpsAgent: new Agent({ rejectUnauthorized: false }), // cg-expect: CWE-295
    }),
  ],
  providers: [PartnerService],
  exports: [PartnerService],
})
export class PartnerModule {}
