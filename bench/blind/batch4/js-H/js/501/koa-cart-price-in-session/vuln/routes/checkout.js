const Router = require('@koa/router');
const payments = require('../payments');
const router = new Router();
router.post('/checkout', async (ctx) => {
  const cart = ctx.session.cart || [];
  const total = cart.reduce((s, i) => s + i.unitPrice * i.qty, 0);
  ctx.body = await payments.charge(ctx.state.user.id, total);
});
module.exports = router;
