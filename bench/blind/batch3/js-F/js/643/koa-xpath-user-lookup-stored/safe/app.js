const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const { checkLogin } = require('./xmlUsers');

const app = new Koa();
app.use(bodyParser());
app.use(async (ctx) => {
  if (ctx.path !== '/login' || ctx.method !== 'POST') return;
  const ok = await checkLogin(ctx.request.body.user, ctx.request.body.token);
  ctx.status = ok ? 204 : 401;
});
module.exports = app;
