const Koa = require('koa');
const Router = require('@koa/router');
const { issueKey, authenticate } = require('./keys');

const app = new Koa();
const router = new Router();

app.use(async (ctx, next) => {
  const presented = ctx.get('X-Api-Key');
  if (presented) ctx.state.client = await authenticate(presented);
  await next();
});

router.post('/keys', async (ctx) => {
  if (!ctx.state.client) ctx.throw(401);
  ctx.body = { key: await issueKey(ctx.state.client.accountId) };
});

app.use(router.routes());
app.listen(3000);
