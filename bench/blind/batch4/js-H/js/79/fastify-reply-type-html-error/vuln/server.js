const fastify = require('fastify')();
const { notFoundPage } = require('./pages');

fastify.setNotFoundHandler((request, reply) => {
  reply.code(404).type('text/html').send(notFoundPage(decodeURIComponent(request.url))); // cg-expect: CWE-79
});
fastify.get('/', async () => ({ ok: true }));
fastify.listen({ port: 3000 });
