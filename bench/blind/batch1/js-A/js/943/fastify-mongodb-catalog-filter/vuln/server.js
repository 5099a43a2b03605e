const fastify = require('fastify')();
const { buildFilter } = require('./filters');

fastify.register(require('@fastify/mongodb'), { url: process.env.MONGO_URL, forceClose: true });

fastify.post('/catalog/search', async (request) => {
  const { filter = {}, limit = 20 } = request.body || {};
  const products = fastify.mongo.db.collection('products');
  const query = buildFilter(filter);
  return products.find(query).limit(Math.min(Number(limit), 100)).toArray(); // cg-expect: CWE-943
});

fastify.listen({ port: 3000 });
