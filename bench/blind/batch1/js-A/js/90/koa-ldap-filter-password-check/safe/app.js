const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const jwt = require('jsonwebtoken');
const { verifyPin } = require('./kiosk-auth');

const app = new Koa();
const router = new Router();

// shop-floor kiosks log in with badge number + PIN stored in the directory
router.post('/kiosk/login', async (ctx) => {
  const { badge, pin } = ctx.request.body;
  const user = await verifyPin(String(badge || ''), String(pin || ''));
  if (!user) ctx.throw(401, 'badge or PIN incorrect');
  ctx.body = { token: jwt.sign({ sub: user.uid, scope: 'kiosk' }, process.env.JWT_KEY, { expiresIn: '8h' }) };
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
