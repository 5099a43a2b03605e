const Koa = require('koa');
const Router = require('@koa/router');
const render = require('@koa/ejs');
const path = require('path');
const { getProfile } = require('./profiles');

const app = new Koa();
const router = new Router();
render(app, { root: path.join(__dirname, 'views'), layout: false, viewExt: 'ejs' });

router.get('/u/:handle', async (ctx) => {
  const profile = await getProfile(ctx.params.handle);
  if (!profile) ctx.throw(404);
  await ctx.render('profile', { profile }); // cg-expect: CWE-79
});

app.use(router.routes());
app.listen(3001);
