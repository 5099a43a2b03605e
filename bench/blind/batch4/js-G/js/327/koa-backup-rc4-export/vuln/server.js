const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { encryptExport } = require('./export-crypto');
const exportsRepo = require('./exports');

const app = new Koa();
const router = new Router();

router.post('/me/export', async (ctx) => {
  const { passphrase } = ctx.request.body;
  if (typeof passphrase !== 'string' || passphrase.length < 12) ctx.throw(400, 'passphrase too short');
  const data = await exportsRepo.collect(ctx.state.userId);
  ctx.type = 'application/octet-stream';
  ctx.body = encryptExport(Buffer.from(JSON.stringify(data)), passphrase);
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
