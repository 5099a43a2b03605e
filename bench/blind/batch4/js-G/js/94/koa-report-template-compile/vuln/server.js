const Koa = require('koa');
const Router = require('@koa/router');
const { renderTitle } = require('./titles');
const reports = require('./reports');

const app = new Koa();
const router = new Router();

router.get('/reports/:id/title', async (ctx) => {
  const report = await reports.findById(ctx.params.id);
  if (!report) ctx.throw(404);
  ctx.body = { title: renderTitle(report.titleTemplate, { month: report.month, owner: report.ownerName }) };
});

app.use(router.routes());
app.listen(3000);
