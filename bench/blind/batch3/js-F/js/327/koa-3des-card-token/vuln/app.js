const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { encryptPan } = require('./cardCrypto');
const cards = require('./cards');

const KEY = Buffer.from(process.env.CARD_KEY_HEX || '', 'hex');
const app = new Koa();
const router = new Router();

router.post('/cards', async (ctx) => {
  const { pan, expiry, holder } = ctx.request.body;
  if (!/^\d{13,19}$/.test(String(pan))) ctx.throw(422, 'invalid card number');
  const id = await cards.insert({ userId: ctx.state.user.id, panEnc: encryptPan(String(pan), KEY), last4: String(pan).slice(-4), expiry, holder });
  ctx.status = 201;
  ctx.body = { id };
});

app.use(bodyParser()).use(router.routes());
module.exports = app;
