const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { applyEdit } = require('./drafts');

const app = new Koa();
const router = new Router();
const drafts = new Map();

router.post('/drafts/:id/edit', async (ctx) => {
  const draft = drafts.get(ctx.params.id) || { fields: {} };
  applyEdit(draft, String(ctx.request.body.path), ctx.request.body.value);
  drafts.set(ctx.params.id, draft);
  ctx.body = draft;
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3001);
