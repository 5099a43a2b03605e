const fastify = require('fastify')();
const { relatedPosts } = require('./related');
fastify.get('/posts/:id/related', async (request) => relatedPosts(Number(request.params.id)));
fastify.listen({ port: 3000 });
