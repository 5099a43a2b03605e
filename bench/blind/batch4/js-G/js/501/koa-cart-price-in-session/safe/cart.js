const Router = require('@koa/router');
const catalog = require('./catalog');

const router = new Router({ prefix: '/cart' });

router.post('/items', async (ctx) => {
  const { sku, qty, price } = ctx.request.body;
  const product = await catalog.find(sku);
  if (!product) ctx.throw(404, 'unknown product');
  const cart = ctx.session.cart || [];
  cart.push({ sku: product.sku, qty: Math.max(1, Math.min(99, Number(qty) || 1)), unitPrice: product.price });
  ctx.session.cart = cart;
  ctx.body = { items: cart.length };
});

module.exports = router;
