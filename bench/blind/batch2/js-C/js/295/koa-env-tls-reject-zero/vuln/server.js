process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // cg-expect: CWE-295

const Koa = require('koa');
const Router = require('@koa/router');
const { exchangeCode } = require('./oidc');

const app = new Koa();
const router = new Router();

router.get('/oidc/callback', async (ctx) => {
  const tokens = await exchangeCode(String(ctx.query.code || ''));
  ctx.cookies.set('id_token', tokens.id_token, { httpOnly: true, secure: true });
  ctx.redirect('/');
});

app.use(router.routes());
app.listen(3001);
