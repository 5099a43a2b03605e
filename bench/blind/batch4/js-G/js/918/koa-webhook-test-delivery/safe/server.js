const Koa = require('koa');
const Router = require('@koa/router');
const { sendTestEvent } = require('./webhooks');
const db = require('./db');

const app = new Koa();
const router = new Router();

router.post('/webhooks/:id/test', async (ctx) => {
  const hook = await db.oneOrNone('SELECT id, url FROM webhooks WHERE id = $1 AND tenant_id = $2', [ctx.params.id, ctx.state.tenantId]);
  if (!hook) ctx.throw(404);
  ctx.body = { status: await sendTestEvent(hook.url) };
});

app.use(router.routes());
app.listen(3000);
