const Koa = require('koa');
const Router = require('@koa/router');
const { createApiKey } = require('./keys');

const app = new Koa();
const router = new Router();

router.post('/me/api-keys', async (ctx) => {
  if (!ctx.state.userId) ctx.throw(401);
  const key = await createApiKey(ctx.state.userId);
  ctx.status = 201;
  ctx.body = { key, note: 'Store this key now; it will not be shown again.' };
});

app.use(router.routes());
app.listen(3001);
