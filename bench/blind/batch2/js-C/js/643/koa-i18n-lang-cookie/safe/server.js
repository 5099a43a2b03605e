const Koa = require('koa');
const Router = require('@koa/router');
const { messagesFor } = require('./i18n');

const app = new Koa();
const router = new Router();

router.get('/i18n/messages', async (ctx) => {
  const lang = ctx.cookies.get('lang') || 'en';
  ctx.set('Cache-Control', 'private, max-age=300');
  ctx.body = messagesFor(lang);
});

app.use(router.routes());
app.listen(3001);
