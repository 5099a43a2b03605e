const Koa = require('koa');
const Router = require('@koa/router');
const { loadCart, saveCart } = require('./cart-cookie');

const app = new Koa();
const router = new Router();

router.get('/cart', (ctx) => {
  ctx.body = loadCart(ctx.cookies.get('cart'));
});

router.post('/cart/clear', (ctx) => {
  ctx.cookies.set('cart', saveCart({ items: [], updatedAt: new Date() }), { httpOnly: true, sameSite: 'lax' });
  ctx.status = 204;
});

app.use(router.routes());
app.listen(3000);
