const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { findAccount } = require('./ldap');

const app = new Koa();
const router = new Router();

router.post('/sso/lookup', async (ctx) => {
  const { login } = ctx.request.body;
  const acct = await findAccount(String(login || ''));
  ctx.body = acct ? { dn: acct.dn, mail: acct.mail } : { found: false };
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3000);
