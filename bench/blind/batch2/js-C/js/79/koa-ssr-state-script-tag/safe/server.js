const Koa = require('koa');
const Router = require('@koa/router');
const { loadUser } = require('./users');
const { page } = require('./page');

const app = new Koa();
const router = new Router();

router.get('/app', async (ctx) => {
  const user = await loadUser(ctx.state.userId);
  ctx.type = 'html';
  ctx.body = page({ user: { id: user.id, displayName: user.display_name, plan: user.plan } });
});

app.use(router.routes());
app.listen(3001);
