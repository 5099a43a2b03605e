const Koa = require('koa');
const Router = require('@koa/router');
const { usageForClient } = require('./usage');

const app = new Koa();
const router = new Router();

router.get('/v1/usage', async (ctx) => {
  const clientId = ctx.get('X-Client-Id');
  const month = /^\d{4}-\d{2}$/.test(ctx.query.month || '') ? ctx.query.month : null;
  if (!clientId || !month) ctx.throw(400, 'client id and month required');
  ctx.body = await usageForClient(clientId, month);
});

app.use(router.routes());
app.listen(8080);
