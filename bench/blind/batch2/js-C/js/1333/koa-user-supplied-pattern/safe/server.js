const Koa = require('koa');
const Router = require('@koa/router');
const { grepLogs } = require('./logs');

const app = new Koa();
const router = new Router();

router.get('/admin/logs/search', async (ctx) => {
  ctx.body = await grepLogs(String(ctx.query.pattern || ''));
});

app.use(router.routes());
app.listen(3001);
