const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { updateProfile } = require('./profiles');

const app = new Koa();
const router = new Router();

router.patch('/me', async (ctx) => {
  await updateProfile(ctx.state.db, ctx.state.userId, ctx.request.body);
  ctx.status = 204;
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
