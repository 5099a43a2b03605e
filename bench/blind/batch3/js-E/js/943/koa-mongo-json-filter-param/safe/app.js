const Koa = require('koa');
const Router = require('@koa/router');
const { listDocs } = require('./docs');

const app = new Koa();
const router = new Router();

router.get('/api/docs', async (ctx) => {
  let filter = {};
  if (ctx.query.filter) {
    try {
      filter = JSON.parse(String(ctx.query.filter));
    } catch {
      ctx.throw(400, 'filter must be JSON');
    }
  }
  ctx.body = await listDocs(ctx.state.user.tenantId, filter);
});

app.use(router.routes());
app.listen(3000);
