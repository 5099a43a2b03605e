import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { DebugExceptionFilter } from './debug.filter';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { logger: ['error', 'warn', 'log'] });
  if (process.env.NODE_ENV !== 'production') {
    app.useGlobalFilters(new DebugExceptionFilter());
  }
  await app.listen(3003);
}
bootstrap();
