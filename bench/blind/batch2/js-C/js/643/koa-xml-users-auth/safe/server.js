const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { checkKiosk } = require('./kioskAuth');

const app = new Koa();
const router = new Router();

router.post('/kiosk/login', async (ctx) => {
  const { user, pin } = ctx.request.body;
  const ok = await checkKiosk(String(user), String(pin));
  ctx.status = ok ? 204 : 401;
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3001);
