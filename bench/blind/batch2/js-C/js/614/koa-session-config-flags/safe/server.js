const Koa = require('koa');
const session = require('koa-session');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { verify } = require('./users');

const app = new Koa();
app.keys = [process.env.SESSION_KEY];

const SESSION_CONFIG = {
  key: 'shop.sess',
  maxAge: 86400000,
  signed: true,
  rolling: true,
  httpOnly: true,
  secure: true,
  sameSite: 'lax',
};
app.use(session(SESSION_CONFIG, app));

const router = new Router();
router.post('/login', async (ctx) => {
  const user = await verify(ctx.request.body.email, ctx.request.body.password);
  if (!user) ctx.throw(401);
  ctx.session.userId = user.id;
  ctx.body = { ok: true };
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3001);
