const fastify = require('fastify')({ logger: true });
const { deleteMessages } = require('./messages');

fastify.post('/messages/bulk-delete', async (request, reply) => {
  const { ids } = request.body || {};
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > 100) {
    return reply.code(400).send({ error: 'ids must be a non-empty array' });
  }
  const removed = await deleteMessages(request.headers['x-user-id'], ids);
  return { removed };
});

fastify.listen({ port: 3000 });
