import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { DebugExceptionFilter } from './debug.filter';
import { DEBUG } from './settings';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  if (DEBUG) app.useGlobalFilters(new DebugExceptionFilter()); // cg-expect: CWE-489
  await app.listen(Number(process.env.PORT) || 3000);
}
bootstrap();
