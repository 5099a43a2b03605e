import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { appSettings } from './settings';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, {
    logger: appSettings.debug ? ['log', 'error', 'warn', 'debug', 'verbose'] : ['error', 'warn'],
  });
  if (appSettings.debug) {
    SwaggerModule.setup('internal/docs', app, SwaggerModule.createDocument(app, new DocumentBuilder().setTitle('internal').build()));
  }
  await app.listen(appSettings.port);
}
bootstrap();
