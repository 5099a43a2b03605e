const Koa = require('koa');
const Router = require('@koa/router');
const { koaBody } = require('koa-body');
const attachments = require('./attachments');

const app = new Koa();
const router = new Router();

router.post('/notes/:noteId/attachments', koaBody({ multipart: true }), async (ctx) => {
  const file = ctx.request.files.file;
  ctx.body = await attachments.store(ctx.params.noteId, file);
});

router.get('/attachments/:id', async (ctx) => {
  const found = await attachments.open(Number(ctx.params.id));
  if (!found) ctx.throw(404);
  ctx.attachment(found.name);
  ctx.body = found.stream;
});

app.use(router.routes());
app.listen(3000);
