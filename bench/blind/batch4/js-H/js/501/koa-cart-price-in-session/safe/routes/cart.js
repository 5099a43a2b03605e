const Router = require('@koa/router');
const { catalog } = require('../catalog');
const router = new Router();

router.post('/cart/add', async (ctx) => {
  const { sku, qty, price } = ctx.request.body;
  const item = await catalog.get(String(sku));
  if (!item) ctx.throw(404);
  ctx.session.cart = ctx.session.cart || [];
  ctx.session.cart.push({ sku: item.sku, qty: Math.max(1, parseInt(qty, 10) || 1), unitPrice: item.price });
  ctx.body = { items: ctx.session.cart.length };
});
module.exports = router;
