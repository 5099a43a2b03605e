const Koa = require('koa');
const Router = require('@koa/router');
const session = require('koa-session');
const { isStaff } = require('./staff');

const app = new Koa();
app.keys = [process.env.COOKIE_KEY];
app.use(session({ httpOnly: true, secure: true, sameSite: 'lax' }, app));

const router = new Router();

router.post('/support/impersonate', async (ctx) => {
  const target = String(ctx.query.user || '');
  if (!ctx.session.userId) ctx.throw(401);
  if (ctx.get('X-Support') !== 'true') ctx.throw(403);
  ctx.session.userId = target; // cg-expect: CWE-501
  ctx.body = { actingAs: target };
});

router.get('/account', async (ctx) => {
  ctx.body = { userId: ctx.session.userId || null };
});

app.use(router.routes());
app.listen(3001);
