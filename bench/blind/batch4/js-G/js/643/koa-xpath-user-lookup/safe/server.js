const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { checkKiosk } = require('./kiosk');

const app = new Koa();
const router = new Router();

router.post('/kiosk/login', async (ctx) => {
  const { user, pin } = ctx.request.body;
  const ok = checkKiosk(String(user || ''), String(pin || ''));
  ctx.status = ok ? 200 : 401;
  ctx.body = { ok };
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
