const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { applyChanges } = require('./prefs');

const app = new Koa();
const router = new Router();

router.post('/me/preferences', async (ctx) => {
  const prefs = (await ctx.state.store.loadPrefs(ctx.state.userId)) || {};
  applyChanges(prefs, ctx.request.body.changes || {});
  await ctx.state.store.savePrefs(ctx.state.userId, prefs);
  ctx.body = prefs;
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
