const Koa = require('koa');
const Router = require('@koa/router');
const { runSavedSearch } = require('./searches');

const app = new Koa();
const router = new Router();

router.get('/saved-searches/:id/run', async (ctx) => {
  const rows = await runSavedSearch(ctx.params.id, ctx.state.userId);
  if (!rows) ctx.throw(404);
  ctx.body = rows;
});

app.use(router.routes());
app.listen(3000);
