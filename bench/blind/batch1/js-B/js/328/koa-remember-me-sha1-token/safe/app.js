const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const session = require('koa-session');
const { issueRememberToken, readRememberToken } = require('./lib/remember');
const users = require('./lib/users');

const app = new Koa();
app.keys = [process.env.SESSION_KEY];
app.use(session({ key: 'sid', httpOnly: true, secure: true, sameSite: 'lax' }, app));
app.use(bodyParser());

// restore a session from the long-lived remember-me cookie
app.use(async (ctx, next) => {
  if (!ctx.session.userId) {
    const remembered = readRememberToken(ctx.cookies.get('remember'));
    if (remembered) ctx.session.userId = remembered;
  }
  await next();
});

const router = new Router();
router.post('/login', async (ctx) => {
  const user = await users.authenticate(ctx.request.body.email, ctx.request.body.password);
  if (!user) ctx.throw(401, 'invalid credentials');
  ctx.session.userId = user.id;
  if (ctx.request.body.remember === 'on') {
    ctx.cookies.set('remember', issueRememberToken(user.id), {
      httpOnly: true, secure: true, sameSite: 'lax', maxAge: 30 * 24 * 3600 * 1000,
    });
  }
  ctx.redirect('/');
});

app.use(router.routes());
module.exports = app;
