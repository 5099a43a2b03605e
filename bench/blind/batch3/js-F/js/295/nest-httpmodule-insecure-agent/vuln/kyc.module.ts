import { Module } from '@nestjs/common';
import { HttpModule } from '@nestjs/axios';
import { Agent } from 'https';
import { readFileSync } from 'fs';
import { KycService } from './kyc.service';

@Module({
  imports: [
    HttpModule.register({
      baseURL: 'https://kyc.vendor.example/api',
      timeout: 10000,
      httpsAgent: new Agent({ rejectUnauthorized: false }), // cg-expect: CWE-295
    }),
  ],
  providers: [KycService],
})
export class KycModule {}
