const Koa = require('koa');
const Router = require('@koa/router');
const { koaBody } = require('koa-body');
const { countWords } = require('./docx');

const app = new Koa();
const router = new Router();

router.post('/documents/stats', koaBody({ multipart: true, formidable: { maxFileSize: 10 * 1024 * 1024 } }), async (ctx) => {
  const file = ctx.request.files && ctx.request.files.doc;
  if (!file) ctx.throw(400, 'missing file');
  ctx.body = { words: countWords(file.filepath) };
});

app.use(router.routes());
app.listen(3001);
