const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { loadRule } = require('./rules');

const app = new Koa();
const router = new Router();

router.post('/merchants/:id/price', async (ctx) => {
  const applyRule = await loadRule(ctx.params.id);
  const subtotal = Number(ctx.request.body.subtotal) || 0;
  const items = Number(ctx.request.body.items) || 0;
  ctx.body = { total: applyRule(subtotal, items) };
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3001);
