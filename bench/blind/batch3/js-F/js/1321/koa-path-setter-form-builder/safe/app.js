const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const { setPath } = require('./lib/setPath');
const forms = require('./forms');

const app = new Koa();
app.use(bodyParser());
app.use(async (ctx) => {
  if (ctx.method !== 'PATCH' || !ctx.path.startsWith('/forms/')) return;
  const form = await forms.load(ctx.path.slice(7));
  for (const { path, value } of ctx.request.body.ops || []) setPath(form, path, value);
  await forms.save(form);
  ctx.body = form;
});
module.exports = app;
