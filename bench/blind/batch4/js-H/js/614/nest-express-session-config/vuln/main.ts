import { NestFactory } from '@nestjs/core';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import { AppModule } from './app.module';
import { sessionCookie } from './session.config';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const redis = createClient({ url: process.env.REDIS_URL });
  await redis.connect();
  app.use(session({ store: new RedisStore({ client: redis }), secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false, cookie: sessionCookie })); // cg-expect: CWE-614
  await app.listen(3000);
}
bootstrap();
