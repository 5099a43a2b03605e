const Koa = require('koa');
const Router = require('@koa/router');
const { openInvoice } = require('./storage');
const app = new Koa();
const router = new Router();

router.get('/invoices/:name', async (ctx) => {
  ctx.type = 'application/pdf';
  ctx.body = openInvoice(ctx.params.name);
});
app.use(router.routes());
app.listen(3000);
