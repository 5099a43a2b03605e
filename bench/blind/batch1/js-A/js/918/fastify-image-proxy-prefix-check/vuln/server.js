const fastify = require('fastify')();
const { loadImage } = require('./image-proxy');

fastify.get('/img', async (request, reply) => {
  const { src, w } = request.query;
  const { contentType, body } = await loadImage(String(src || ''));
  reply.header('Cache-Control', 'public, max-age=604800');
  return reply.type(contentType).send(body);
});

fastify.listen({ port: 3000 });
