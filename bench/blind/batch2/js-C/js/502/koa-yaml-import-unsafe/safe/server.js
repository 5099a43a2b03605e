const Koa = require('koa');
const Router = require('@koa/router');
const { koaBody } = require('koa-body');
const { importBoard } = require('./importer');

const app = new Koa();
const router = new Router();

router.post('/boards/import', koaBody({ multipart: true }), async (ctx) => {
  const file = ctx.request.files.board;
  ctx.body = await importBoard(file.filepath);
});

app.use(router.routes());
app.listen(3001);
