const fastify = require('fastify')();
const { recordClick, destinationFor } = require('./links');

fastify.get('/r/:linkId', async (request, reply) => {
  const { linkId } = request.params;
  await recordClick(linkId, request.headers['user-agent']);
  const target = await destinationFor(linkId);
  if (!target) return reply.code(404).send();
  return reply.redirect(302, target); 
});

fastify.listen({ port: 3000 });
