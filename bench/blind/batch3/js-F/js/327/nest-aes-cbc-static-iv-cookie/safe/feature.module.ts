import { Module } from '@nestjs/common';
import { SessionController } from './session.controller';
import { SessionCryptoService } from './session-crypto.service';

@Module({
  controllers: [SessionController],
  providers: [SessionCryptoService],
})
export class FeatureModule {}
