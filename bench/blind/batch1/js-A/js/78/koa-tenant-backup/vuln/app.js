const Koa = require('koa');
const Router = require('@koa/router');
const { createBackup } = require('./backup');

const app = new Koa();
const router = new Router();

router.post('/admin/backup', async (ctx) => {
  const tenant = ctx.get('X-Tenant-Id');
  if (!tenant) ctx.throw(400, 'missing tenant header');
  const file = await createBackup(tenant);
  ctx.status = 201;
  ctx.body = { file };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
