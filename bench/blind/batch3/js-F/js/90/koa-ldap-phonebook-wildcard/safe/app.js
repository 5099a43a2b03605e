const Koa = require('koa');
const Router = require('@koa/router');
const { autocomplete } = require('./phonebook');

const app = new Koa();
const router = new Router();

router.get('/phonebook', async (ctx) => {
  const q = String(ctx.query.q || '').slice(0, 40);
  if (q.length < 2) {
    ctx.body = [];
    return;
  }
  ctx.body = await autocomplete(q);
});

app.use(router.routes());
module.exports = app;
