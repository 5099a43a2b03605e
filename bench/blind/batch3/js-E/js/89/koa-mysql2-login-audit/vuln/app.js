const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const audit = require('./audit');

const app = new Koa();
const router = new Router();

router.post('/login', async (ctx) => {
  const ok = await ctx.state.auth.check(ctx.request.body);
  await audit.record(ctx.request.body.username, ctx.get('x-forwarded-for') || ctx.ip, ok);
  ctx.status = ok ? 204 : 401;
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3000);
