const fastify = require('fastify')({ logger: true });
const { fetchPreview } = require('./preview');

fastify.post('/api/preview', async (request, reply) => {
  const { url } = request.body || {};
  if (typeof url !== 'string') return reply.code(400).send({ error: 'url required' });
  try {
    return await fetchPreview(url);
  } catch (e) {
    return reply.code(422).send({ error: 'could not fetch preview' });
  }
});

fastify.listen({ port: 3000 });
