import Koa from 'koa';
import Router from '@koa/router';
import { storesInRegion } from './stores';

const app = new Koa();
const router = new Router();

router.get('/stores', async (ctx) => {
  const region = ctx.cookies.get('region') ?? 'eu-west';
  ctx.body = await storesInRegion(region);
});

router.post('/region/:code', async (ctx) => {
  ctx.cookies.set('region', ctx.params.code, { httpOnly: true, secure: true });
  ctx.status = 204;
});

app.use(router.routes());
app.listen(3001);
