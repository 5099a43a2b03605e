const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const Router = require('@koa/router');
const { PricingEngine } = require('./pricing');

const app = new Koa();
const router = new Router();
const engine = new PricingEngine();

router.post('/quote', (ctx) => {
  const { items, rule } = ctx.request.body;
  ctx.body = { total: engine.quote(items, rule) };
});

app.use(bodyParser()).use(router.routes());
module.exports = app;
