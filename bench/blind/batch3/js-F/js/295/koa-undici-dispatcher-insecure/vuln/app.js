const Koa = require('koa');
const Router = require('@koa/router');
const { getRate } = require('./rates');

const app = new Koa();
const router = new Router();

router.get('/rates/:from/:to', async (ctx) => {
  const { from, to } = ctx.params;
  if (!/^[A-Z]{3}$/.test(from) || !/^[A-Z]{3}$/.test(to)) ctx.throw(400, 'bad currency');
  ctx.body = { from, to, rate: await getRate(from, to) };
});

app.use(router.routes());
module.exports = app;
