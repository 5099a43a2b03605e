const Koa = require('koa');
const Router = require('@koa/router');
const { koaBody } = require('koa-body');
const fs = require('fs/promises');
const { parseJob } = require('./jobs');

const app = new Koa();
const router = new Router();

router.post('/jobs/import', koaBody({ multipart: true }), async (ctx) => {
  const file = ctx.request.files && ctx.request.files.job;
  if (!file) ctx.throw(400, 'job file required');
  const text = await fs.readFile(file.filepath, 'utf8');
  const job = parseJob(text);
  ctx.body = { name: job.name, steps: job.steps.length };
});

app.use(router.routes());
app.listen(3000);
