const fastify = require('fastify')();
const { filterProducts } = require('./search');

fastify.get('/products', async (request) => {
  const { where = '' } = request.query;
  return filterProducts(String(where));
});

fastify.get('/products/:id', async (request, reply) => {
  const all = filterProducts('');
  const p = all.find((x) => String(x.id) === request.params.id);
  return p || reply.code(404).send({ error: 'not found' });
});

fastify.listen({ port: 3000 });
