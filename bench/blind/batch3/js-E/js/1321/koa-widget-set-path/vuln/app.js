const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { applyPatch, widgets } = require('./widgets');

const app = new Koa();
const router = new Router();

router.post('/widgets/:id/patch', (ctx) => {
  const { path, value } = ctx.request.body;
  ctx.body = applyPatch(ctx.params.id, String(path), value);
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3000);
