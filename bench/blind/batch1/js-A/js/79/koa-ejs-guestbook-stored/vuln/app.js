const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const render = require('@koa/ejs');
const path = require('path');
const entries = require('./entries');

const app = new Koa();
const router = new Router();
render(app, { root: path.join(__dirname, 'views'), layout: false, viewExt: 'ejs' });

router.post('/guestbook', async (ctx) => {
  const { name, message } = ctx.request.body;
  await entries.add(String(name || 'anonymous').slice(0, 60), String(message || '').slice(0, 2000));
  ctx.redirect('/guestbook');
});

router.get('/guestbook', async (ctx) => {
  const list = await entries.latest(50);
  await ctx.render('guestbook', { entries: list }); // cg-expect: CWE-79
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
