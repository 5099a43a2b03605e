const Koa = require('koa');
const Router = require('@koa/router');
const multer = require('@koa/multer');
const { extractText } = require('./docx');

const app = new Koa();
const router = new Router();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024 } });

router.post('/documents/preview', upload.single('file'), async (ctx) => {
  const text = extractText(ctx.file.buffer);
  ctx.body = { words: text.split(/\s+/).filter(Boolean).length, preview: text.slice(0, 300) };
});

app.use(router.routes()).use(router.allowedMethods());
module.exports = app;
