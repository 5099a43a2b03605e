const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { createCheckout } = require('./billing');

const PRICES = { pro: 'price_1PqPro', team: 'price_1PqTeam' };

const app = new Koa();
const router = new Router();

router.post('/billing/checkout', async (ctx) => {
  const plan = String(ctx.request.body.plan || '');
  if (!PRICES[plan]) ctx.throw(400, 'unknown plan');
  ctx.body = { url: await createCheckout(ctx.state.email, PRICES[plan]) };
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3001);
