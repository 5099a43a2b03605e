const Koa = require('koa');
const Router = require('@koa/router');
const { koaBody } = require('koa-body');
const { importFeed } = require('./feed-import');

const app = new Koa();
const router = new Router();

router.post('/feeds/import', koaBody({ text: true, includeUnparsed: true }), async (ctx) => {
  const xml = ctx.request.body;
  const count = await importFeed(typeof xml === 'string' ? xml : '');
  ctx.body = { imported: count };
});

app.use(router.routes());
app.listen(3000);
