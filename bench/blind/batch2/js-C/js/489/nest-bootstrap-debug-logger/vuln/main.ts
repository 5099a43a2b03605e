import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { DebugExceptionFilter } from './debug.filter';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { logger: ['error', 'warn', 'log'] });
  app.useGlobalFilters(new DebugExceptionFilter()); // cg-expect: CWE-489
  await app.listen(3003);
}
bootstrap();
