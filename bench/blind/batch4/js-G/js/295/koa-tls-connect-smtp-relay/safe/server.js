const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { sendContact } = require('./mailer');

const app = new Koa();
const router = new Router();

router.post('/contact', async (ctx) => {
  const { name, email, message } = ctx.request.body;
  if (!email || !message) ctx.throw(400, 'email and message required');
  await sendContact({ name: String(name || ''), email: String(email), message: String(message).slice(0, 5000) });
  ctx.status = 202;
  ctx.body = { ok: true };
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
