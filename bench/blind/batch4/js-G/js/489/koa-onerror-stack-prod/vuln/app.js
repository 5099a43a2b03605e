const Koa = require('koa');
const Router = require('@koa/router');
const settings = require('./settings');
const errorMiddleware = require('./errors');

const app = new Koa();
const router = new Router();

router.get('/orders/:id', async (ctx) => {
  const order = await ctx.state.db.one('SELECT * FROM orders WHERE id = $1', [ctx.params.id]);
  ctx.body = order;
});

app.use(errorMiddleware(settings));
app.use(router.routes());
app.listen(settings.port);
