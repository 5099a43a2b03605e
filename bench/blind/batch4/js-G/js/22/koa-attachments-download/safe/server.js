const Koa = require('koa');
const Router = require('@koa/router');
const { openAttachment } = require('./storage');

const app = new Koa();
const router = new Router();

router.get('/attachments/:name', async (ctx) => {
  const stream = openAttachment(ctx.params.name);
  if (!stream) {
    ctx.status = 400;
    return;
  }
  ctx.type = 'application/octet-stream';
  ctx.attachment(ctx.params.name);
  ctx.body = stream;
});

app.use(router.routes());
app.listen(3000);
