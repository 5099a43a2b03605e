const fastify = require('fastify')();
const Redis = require('ioredis');
const { CartStore } = require('./cart-store');
fastify.register(require('@fastify/cookie'));
const carts = new CartStore(new Redis());

fastify.post('/cart/items', async (request) => {
  const cartId = request.cookies.cart_id;
  const size = await carts.addItem(cartId, String(request.body.sku), Number(request.body.qty) || 1);
  return { size };
});
fastify.listen({ port: 3000 });
