import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { AuthService } from './auth.service';
import { AuthController } from './auth.controller';

@Module({
  imports: [
    ConfigModule,
    JwtModule.register({
      secret: 'c7f1e0a9b34d4e2f8a61d5b09e3c7a42f1d8b6e0', // cg-expect: CWE-798
      signOptions: { expiresIn: '15m', issuer: 'acme-api' },
    }),
  ],
  providers: [AuthService],
  controllers: [AuthController],
})
export class AuthModule {}
