const Koa = require('koa');
const session = require('koa-session');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const sessionConfig = require('./session-config');
const { checkPassword } = require('./users');

const app = new Koa();
app.keys = [process.env.SESSION_KEY];
app.proxy = true;
app.use(session(sessionConfig, app)); 
app.use(bodyParser());

const router = new Router();
router.post('/login', async (ctx) => {
  const user = await checkPassword(ctx.request.body.email, ctx.request.body.password);
  if (!user) ctx.throw(401);
  ctx.session.userId = user.id;
  ctx.body = { ok: true };
});

app.use(router.routes());
app.listen(3000);
