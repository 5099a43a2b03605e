import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import { AppModule } from './app.module';
import { sessionCookie } from './config/session.config';

async function bootstrap() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule);
  const redisClient = createClient({ url: process.env.REDIS_URL });
  await redisClient.connect();

  app.set('trust proxy', 1);
  app.use(
    session({ // cg-expect: CWE-614
      name: 'portal.sid',
      store: new RedisStore({ client: redisClient, prefix: 'portal:' }),
      secret: process.env.SESSION_SECRET!,
      resave: false,
      saveUninitialized: false,
      cookie: sessionCookie,
    }),
  );
  await app.listen(3000);
}
bootstrap();
