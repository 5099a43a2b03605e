const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const layouts = require('./layouts');

const app = new Koa();
const router = new Router();

// power users edit their dashboard layout as YAML in an in-browser editor
router.put('/dashboards/:id/layout', async (ctx) => {
  await layouts.save(ctx.state.user.id, ctx.params.id, String(ctx.request.body.yaml || ''));
  ctx.status = 204;
});

router.get('/dashboards/:id', async (ctx) => {
  const layout = await layouts.load(ctx.state.user.id, ctx.params.id);
  ctx.body = { id: ctx.params.id, widgets: layout.widgets.map((w) => ({ kind: `${w.kind}`, x: w.x, y: w.y })) };
});

app.use(bodyParser({ enableTypes: ['json'] })).use(router.routes());
app.listen(3000);
