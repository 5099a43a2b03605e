const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { SessionStore } = require('./sessions');
const { checkPassword } = require('./auth');

const app = new Koa();
const router = new Router();
const sessions = new SessionStore();

router.post('/login', async (ctx) => {
  const user = await checkPassword(ctx.request.body.username, ctx.request.body.password);
  if (!user) ctx.throw(401);
  const sid = sessions.create(user.id);
  ctx.cookies.set('sid', sid, { httpOnly: true, secure: true, sameSite: 'strict' });
  ctx.body = { ok: true };
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3001);
