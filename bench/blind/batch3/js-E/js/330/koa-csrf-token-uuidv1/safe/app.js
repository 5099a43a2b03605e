const Koa = require('koa');
const session = require('koa-session');
const Router = require('@koa/router');
const { issueCsrf, checkCsrf } = require('./csrf');

const app = new Koa();
app.keys = [process.env.COOKIE_KEY];
const router = new Router();

router.get('/form', (ctx) => {
  ctx.body = { csrf: issueCsrf(ctx) };
});

router.post('/transfer', (ctx) => {
  if (!checkCsrf(ctx)) ctx.throw(403, 'bad csrf token');
  ctx.body = { ok: true };
});

app.use(session({ secure: true, httpOnly: true }, app));
app.use(router.routes());
app.listen(3000);
