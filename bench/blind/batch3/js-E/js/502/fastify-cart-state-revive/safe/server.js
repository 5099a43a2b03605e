const fastify = require('fastify')();
const { restoreCart, dumpCart } = require('./cart');

fastify.post('/cart/restore', async (request) => {
  const cart = restoreCart(String(request.body.state || ''));
  return { items: cart.items.length, total: cart.total() };
});

fastify.get('/cart/state', async (request) => ({ state: dumpCart(request.cart) }));

fastify.listen({ port: 3000 });
