const Koa = require('koa');
const Router = require('@koa/router');
const { Directory } = require('./directory');

const app = new Koa();
const router = new Router();
const directory = new Directory('ldap://ldap.internal:389');

router.get('/login/hint', async (ctx) => {
  const last = ctx.cookies.get('last_login');
  if (!last) {
    ctx.body = { name: null };
    return;
  }
  ctx.body = { name: await directory.displayNameFor(decodeURIComponent(last)) };
});

app.use(router.routes());
app.listen(3000);
