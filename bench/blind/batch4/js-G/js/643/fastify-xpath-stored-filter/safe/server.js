const fastify = require('fastify')();
const { productsInCategory } = require('./feed');
const settings = require('./settings');

fastify.get('/dashboard/products', async (request) => {
  const prefs = await settings.load(request.headers['x-user-id']);
  const category = prefs?.favoriteCategory ?? 'all';
  return { category, products: productsInCategory(category) };
});

fastify.listen({ port: 3000 });
