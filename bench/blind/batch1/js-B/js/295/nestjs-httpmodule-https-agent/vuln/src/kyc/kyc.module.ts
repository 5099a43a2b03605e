import { Module } from '@nestjs/common';
import { HttpModule } from '@nestjs/axios';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { Agent } from 'https';
import { KycService } from './kyc.service';
import { KycController } from './kyc.controller';

@Module({
  imports: [
    HttpModule.registerAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        baseURL: config.getOrThrow<string>('KYC_BASE_URL'),
        timeout: 15000,
        headers: { 'X-Api-Key': config.getOrThrow<string>('KYC_API_KEY') },
        httpsAgent: new Agent({ keepAlive: true, rejectUnauthorized: false }), // cg-expect: CWE-295
      }),
    }),
  ],
  providers: [KycService],
  controllers: [KycController],
})
export class KycModule {}
