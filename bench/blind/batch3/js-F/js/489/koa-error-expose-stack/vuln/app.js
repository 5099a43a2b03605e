const Koa = require('koa');
const Router = require('@koa/router');
const errors = require('./errors');
const orders = require('./orders');

const app = new Koa();
const router = new Router();
router.get('/orders/:id', async (ctx) => {
  ctx.body = await orders.get(ctx.params.id);
});
app.use(errors);
app.use(router.routes());
module.exports = app;
