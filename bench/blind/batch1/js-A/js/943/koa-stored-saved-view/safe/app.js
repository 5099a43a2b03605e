const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const views = require('./saved-views');

const app = new Koa();
const router = new Router();

// state.user is populated by the auth middleware (not shown)
router.post('/views', async (ctx) => {
  const { name, criteria } = ctx.request.body;
  ctx.body = await views.save(ctx.state.user, String(name), criteria);
});

router.get('/views/:id/results', async (ctx) => {
  ctx.body = await views.run(ctx.state.user, ctx.params.id);
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
