import Koa from 'koa';
import jwt from 'koa-jwt';
import { ordersRouter } from './orders';
import { pool } from './db';

const app = new Koa();

app.use(jwt({ secret: process.env.JWT_PUBLIC_KEY!, algorithms: ['RS256'], key: 'user' }));
app.use(ordersRouter.routes()).use(ordersRouter.allowedMethods());

const server = app.listen(Number(process.env.PORT ?? 3000));

process.on('SIGTERM', () => {
  server.close(() => void pool.end());
});
