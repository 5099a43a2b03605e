const fastify = require('fastify')();
const { OrderParser } = require('./order-parser');

const parser = new OrderParser();

fastify.addContentTypeParser('application/xml', { parseAs: 'string' }, (req, body, done) => done(null, body));

fastify.post('/orders', async (request, reply) => {
  const order = parser.parse(request.body);
  reply.code(201);
  return { received: order.items.length, customer: order.customer };
});

fastify.listen({ port: 3000 });
