const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { rememberUser } = require('./auth');
const users = require('./users');

const app = new Koa();
const router = new Router();

router.post('/login', async (ctx) => {
  const user = await users.verify(ctx.request.body.email, ctx.request.body.password);
  if (!user) ctx.throw(401);
  if (ctx.request.body.remember) await rememberUser(ctx, user.id);
  ctx.cookies.set('last_login_hint', user.firstName, { httpOnly: false });
  ctx.status = 204;
});

app.use(bodyParser()).use(router.routes());
module.exports = app;
