const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { sendInvoice } = require('./mail');

const app = new Koa();
const router = new Router();

router.post('/invoices/:id/send', async (ctx) => {
  const to = String(ctx.request.body.to || '');
  if (!/^[^@\s]{1,64}@[^@\s]{1,255}$/.test(to)) ctx.throw(400, 'bad address');
  await sendInvoice(to, ctx.params.id);
  ctx.status = 202;
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3001);
