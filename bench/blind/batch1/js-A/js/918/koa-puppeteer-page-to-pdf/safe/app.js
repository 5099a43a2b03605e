const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { renderPdf } = require('./renderer');

const app = new Koa();
const router = new Router();

// "Save as PDF" button in the reporting UI posts the URL of the report page
router.post('/export/pdf', async (ctx) => {
  const { pageUrl } = ctx.request.body;
  const pdf = await renderPdf(String(pageUrl));
  ctx.type = 'application/pdf';
  ctx.attachment('report.pdf');
  ctx.body = pdf;
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
