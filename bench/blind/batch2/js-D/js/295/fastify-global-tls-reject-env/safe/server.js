require('./bootstrap');
const fastify = require('fastify')({ logger: true });
const { capturePayment } = require('./payments');

fastify.post('/orders/:id/capture', async (request, reply) => {
  const result = await capturePayment(request.params.id, Number(request.body.amount));
  if (!result.ok) {
    return reply.code(402).send({ error: 'capture failed' });
  }
  return { captured: true, reference: result.reference };
});

fastify.listen({ port: 3000 });
