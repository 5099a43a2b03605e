const fastify = require('fastify')();
const { itemsInCategory } = require('./feed');

fastify.get('/feed/items', async (request) => {
  const category = String(request.query.category || 'news');
  return itemsInCategory(category);
});

fastify.listen({ port: 3000 });
