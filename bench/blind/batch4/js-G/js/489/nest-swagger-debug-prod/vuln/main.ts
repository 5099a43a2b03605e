import { NestFactory } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { productionConfig as config } from './config/production';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, {
    logger: config.debug ? ['log', 'error', 'warn', 'debug', 'verbose'] : ['error', 'warn'],
  });
  app.enableCors({ origin: config.corsOrigins, credentials: true });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, disableErrorMessages: !config.debug }));
  if (config.debug) {
    const doc = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle('Internal API').build());
    SwaggerModule.setup('docs', app, doc); // cg-expect: CWE-489
  }
  await app.listen(config.port);
}
bootstrap();
