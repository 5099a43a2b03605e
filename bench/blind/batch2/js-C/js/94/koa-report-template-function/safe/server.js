const Koa = require('koa');
const Router = require('@koa/router');
const { getReport } = require('./db');
const { renderTitle } = require('./titles');

const app = new Koa();
const router = new Router();

router.get('/reports/:id', async (ctx) => {
  const report = await getReport(ctx.params.id);
  if (!report) ctx.throw(404);
  ctx.body = { title: renderTitle(report.titleTemplate, report), rows: report.rows };
});

app.use(router.routes());
app.listen(3001);
