const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { cloneRepo } = require('./importer');

const app = new Koa();
const router = new Router();

router.post('/projects/import', async (ctx) => {
  const { repoUrl, name } = ctx.request.body;
  if (typeof repoUrl !== 'string' || !/^[a-z0-9-]{1,40}$/.test(String(name))) ctx.throw(400);
  await cloneRepo(repoUrl, name);
  ctx.status = 201;
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3000);
