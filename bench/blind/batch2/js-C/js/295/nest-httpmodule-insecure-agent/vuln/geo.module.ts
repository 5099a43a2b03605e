import { Module } from '@nestjs/common';
import { HttpModule } from '@nestjs/axios';
import * as https from 'https';
import { GeoService } from './geo.service';

@Module({
  imports: [
    HttpModule.register({
      baseURL: 'https://geo.partner.example.com',
      timeout: 5000,
      httpsAgent: new https.Agent({ rejectUnauthorized: true, checkServerIdentity: () => undefined }), // cg-expect: CWE-295
    }),
  ],
  providers: [GeoService],
  exports: [GeoService],
})
export class GeoModule {}
