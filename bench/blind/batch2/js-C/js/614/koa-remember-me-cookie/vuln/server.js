const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { verifyUser, issueRememberToken } = require('./auth');

const app = new Koa();
app.keys = [process.env.COOKIE_KEY];
const router = new Router();

router.post('/login', async (ctx) => {
  const user = await verifyUser(ctx.request.body.username, ctx.request.body.password);
  if (!user) ctx.throw(401);
  if (ctx.request.body.remember) {
    const token = await issueRememberToken(user.id);
    ctx.cookies.set('remember_me', token, { maxAge: 30 * 86400e3, httpOnly: false, secure: false, signed: true }); // cg-expect: CWE-614
  }
  ctx.body = { id: user.id };
});

router.post('/logout', async (ctx) => {
  ctx.cookies.set('remember_me', null);
  ctx.status = 204;
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3001);
