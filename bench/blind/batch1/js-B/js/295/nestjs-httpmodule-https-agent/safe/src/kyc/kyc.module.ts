import { Module } from '@nestjs/common';
import { HttpModule } from '@nestjs/axios';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { Agent } from 'https';
import { readFileSync } from 'fs';
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
        httpsAgent: new Agent({ rejectUnauthorized: true, ca: readFileSync(config.getOrThrow<string>('KYC_CA_FILE')) }),
      }),
    }),
  ],
  providers: [KycService],
  controllers: [KycController],
})
export class KycModule {}
