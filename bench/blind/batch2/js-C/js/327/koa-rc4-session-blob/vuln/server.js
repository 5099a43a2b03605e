const Koa = require('koa');
const Router = require('@koa/router');
const { loadCart, saveCart } = require('./cartCookie');

const app = new Koa();
const router = new Router();

router.post('/cart/:sku', async (ctx) => {
  const cart = loadCart(ctx.cookies.get('cart'));
  cart.items.push(ctx.params.sku);
  ctx.cookies.set('cart', saveCart(cart), { httpOnly: true, secure: true, sameSite: 'lax' });
  ctx.body = cart;
});

app.use(router.routes());
app.listen(3001);
