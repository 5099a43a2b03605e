const fastify = require('fastify')();
const { lookupProduct } = require('./catalog');

fastify.get('/catalog/:code', async (request, reply) => {
  const item = lookupProduct(request.params.code);
  if (!item) return reply.code(404).send({ error: 'not found' });
  return item;
});
fastify.listen({ port: 3000 });
