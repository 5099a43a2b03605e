const fastify = require('fastify')();
const { flagFor } = require('./flags');

fastify.get('/flags/:name', async (request, reply) => {
  const tenant = request.headers['x-tenant'] || 'default';
  const value = flagFor(String(tenant), request.params.name);
  if (value === null) return reply.code(404).send({ error: 'no such flag' });
  return { name: request.params.name, value };
});

fastify.listen({ port: 3000 });
