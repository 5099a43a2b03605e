const fastify = require('fastify')({ logger: true });
const { isTrustedReturn } = require('./trust');

fastify.get('/checkout/complete', async (request, reply) => {
  const { orderId, return_url: returnUrl } = request.query;
  request.log.info({ orderId }, 'checkout completed');
  if (returnUrl && isTrustedReturn(returnUrl)) {
    return reply.redirect(returnUrl);
  }
  return reply.redirect(`/orders/${encodeURIComponent(String(orderId || ''))}`);
});

fastify.get('/checkout/cancel', async (request, reply) => {
  return reply.redirect('/cart');
});

fastify.get('/orders/:orderId', async (request) => {
  // order details page (rendering omitted from this slice)
  return { orderId: request.params.orderId, status: 'paid' };
});

fastify.setNotFoundHandler((request, reply) => {
  reply.code(404).send({ error: 'not found' });
});

fastify.listen({ port: 3000 });
