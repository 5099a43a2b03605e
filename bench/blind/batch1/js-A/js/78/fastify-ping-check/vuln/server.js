const fastify = require('fastify')({ logger: true });
const { runPing } = require('./netcheck');

fastify.post('/api/diagnostics/ping', {
  schema: {
    body: {
      type: 'object',
      required: ['host'],
      properties: { host: { type: 'string' }, count: { type: 'integer', minimum: 1, maximum: 5 } },
    },
  },
}, async (request, reply) => {
  const { host, count = 3 } = request.body;
  const result = await runPing(host, count);
  return reply.send(result);
});

fastify.listen({ port: 8080 });
