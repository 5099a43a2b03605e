import Koa from 'koa';
import helmet from 'koa-helmet';
import { searchRouter } from './search';

const app = new Koa();
app.proxy = true;

app.use(helmet());
app.use(async (ctx, next) => {
  const started = Date.now();
  await next();
  ctx.set('Server-Timing', `app;dur=${Date.now() - started}`);
});
app.use(searchRouter.routes()).use(searchRouter.allowedMethods());

app.listen(Number(process.env.PORT ?? 3000));
