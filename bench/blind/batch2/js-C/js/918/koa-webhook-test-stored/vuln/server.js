const Koa = require('koa');
const Router = require('@koa/router');
const { getWebhook } = require('./webhooks');
const { deliver } = require('./deliver');

const app = new Koa();
const router = new Router();

router.post('/webhooks/:id/test', async (ctx) => {
  const hook = await getWebhook(ctx.params.id, ctx.state.tenantId);
  if (!hook) ctx.throw(404);
  ctx.body = await deliver(hook.url, { type: 'test', at: Date.now() });
});

app.use(router.routes());
app.listen(3001);
