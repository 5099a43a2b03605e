const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const accounts = require('./accounts');
const { sharedBoards } = require('./boards');

const app = new Koa();
const router = new Router();

// ctx.state.userId comes from the session middleware (not shown)
router.put('/account/handle', async (ctx) => {
  await accounts.setHandle(ctx.state.userId, String(ctx.request.body.handle || ''));
  ctx.status = 204;
});

router.get('/boards/shared-with-me', async (ctx) => {
  const account = await accounts.byId(ctx.state.userId);
  ctx.body = sharedBoards(account.handle);
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
