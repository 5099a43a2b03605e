const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { updatePrefs } = require('./prefs');

const app = new Koa();
const router = new Router();

router.patch('/me/prefs', async (ctx) => {
  ctx.body = updatePrefs(ctx.state.userId, ctx.request.rawBody || '{}');
});

app.use(bodyParser({ enableTypes: ['json'] }));
app.use(router.routes());
app.listen(3001);
