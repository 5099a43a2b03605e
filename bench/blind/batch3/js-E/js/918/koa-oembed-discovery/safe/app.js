const Koa = require('koa');
const Router = require('@koa/router');
const { embedFor } = require('./oembed');

const app = new Koa();
const router = new Router();

router.get('/embed', async (ctx) => {
  ctx.body = await embedFor(String(ctx.query.url || ''));
});

app.use(router.routes());
app.listen(3000);
