const Koa = require('koa');
const session = require('koa-session');
const Router = require('@koa/router');
const { listProjects, userTenants } = require('./data');

const app = new Koa();
app.keys = [process.env.COOKIE_KEY];
app.use(session({ key: 'sess', httpOnly: true, secure: true }, app));

app.use(async (ctx, next) => {
  const requested = ctx.get('X-Tenant-Id');
  if (requested && ctx.session.userId) {
    ctx.session.tenantId = requested; // cg-expect: CWE-501
  }
  await next();
});

const router = new Router();
router.get('/projects', async (ctx) => {
  ctx.body = await listProjects(ctx.session.tenantId);
});

app.use(router.routes());
app.listen(3001);
