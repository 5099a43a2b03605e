const fastify = require('fastify')();
const { encryptCart, decryptCart } = require('./cookie-crypto');
fastify.register(require('@fastify/cookie'));
fastify.post('/cart', async (request, reply) => {
  const cart = request.cookies.cart ? decryptCart(request.cookies.cart) : { items: [] };
  cart.items.push({ sku: String(request.body.sku), qty: 1 });
  reply.setCookie('cart', encryptCart(cart), { httpOnly: true, secure: true, path: '/' });
  return cart;
});
fastify.listen({ port: 3000 });
