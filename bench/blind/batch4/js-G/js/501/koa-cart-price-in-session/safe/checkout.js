const Router = require('@koa/router');
const payments = require('./payments');

const router = new Router();

router.post('/checkout', async (ctx) => {
  const cart = ctx.session.cart || [];
  const total = cart.reduce((sum, line) => sum + line.unitPrice * line.qty, 0);
  const charge = await payments.charge(ctx.session.userId, Math.round(total * 100));
  ctx.session.cart = [];
  ctx.body = { chargeId: charge.id, total };
});

module.exports = router;
