const Koa = require('koa');
const Router = require('@koa/router');
const render = require('@koa/ejs');
const path = require('path');
const users = require('./users');

const app = new Koa();
render(app, { root: path.join(__dirname, 'views'), layout: false, viewExt: 'ejs' });

const router = new Router();
router.get('/u/:handle', async (ctx) => {
  const user = await users.byHandle(ctx.params.handle);
  if (!user) ctx.throw(404);
  await ctx.render('profile', { user }); // cg-expect: CWE-79
});

app.use(router.routes());
app.listen(3000);
