const fastify = require('fastify')();
const { fetchOembed } = require('./oembed');
fastify.get('/embed', async (request) => fetchOembed(request.query.endpoint, request.query.url));
fastify.listen({ port: 3000 });
