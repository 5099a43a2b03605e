import { NestFactory } from '@nestjs/core';
import { ValidationPipe, Logger } from '@nestjs/common';
import helmet from 'helmet';
import * as cookieParser from 'cookie-parser';
import { FeatureModule } from './feature.module';

async function bootstrap() {
  const app = await NestFactory.create(FeatureModule, { bufferLogs: true });
  app.use(helmet());
  app.use(cookieParser());
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }));
  app.enableShutdownHooks();
  const port = Number(process.env.PORT) || 3000;
  await app.listen(port);
  Logger.log(`listening on ${port}`, 'Bootstrap');
}

bootstrap();
