const payments = require('../lib/payments');

module.exports = async function (fastify) {
  fastify.post('/checkout', async (request) => {
    const subtotal = await fastify.cartTotal(request.session.get('cartId'));
    const pct = request.session.get('discountPercent') || 0;
    return payments.charge(request.session.get('userId'), Math.round(subtotal * (1 - pct / 100)));
  });
};
