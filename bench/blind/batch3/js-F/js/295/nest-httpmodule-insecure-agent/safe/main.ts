import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import helmet from 'helmet';
import { KycModule } from './kyc.module';

async function bootstrap() {
  const app = await NestFactory.create(KycModule);
  app.use(helmet());
  app.enableShutdownHooks();
  const port = Number(process.env.PORT) || 3000;
  await app.listen(port);
  Logger.log(`listening on ${port}`, 'Bootstrap');
}

bootstrap();
