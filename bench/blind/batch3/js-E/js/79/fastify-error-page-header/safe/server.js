const fastify = require('fastify')({ logger: true });
const { notFoundPage } = require('./pages');

fastify.get('/', async (request, reply) => {
  return reply.type('text/html').send('<h1>Shop</h1>');
});

fastify.setNotFoundHandler((request, reply) => {
  const back = request.headers.referer || '/';
  reply.code(404).type('text/html').send(notFoundPage(request.url, back));
});

fastify.listen({ port: 3000 });
