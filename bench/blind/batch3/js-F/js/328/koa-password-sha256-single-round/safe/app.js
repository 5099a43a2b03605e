const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { hashPassword } = require('./passwords');
const users = require('./users');

const app = new Koa();
const router = new Router();

router.post('/me/password', async (ctx) => {
  const { current, next } = ctx.request.body;
  if (!(await users.checkPassword(ctx.state.user.id, current))) ctx.throw(403);
  await users.setPasswordHash(ctx.state.user.id, await hashPassword(next));
  ctx.status = 204;
});

app.use(bodyParser()).use(router.routes());
module.exports = app;
