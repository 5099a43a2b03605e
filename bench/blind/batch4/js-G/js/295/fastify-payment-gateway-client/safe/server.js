const fastify = require('fastify')({ logger: true });
const { chargeCard } = require('./gateway');

fastify.post('/charges', async (request, reply) => {
  const { amount, currency, cardToken } = request.body;
  if (!Number.isInteger(amount) || amount <= 0) {
    return reply.code(400).send({ error: 'invalid amount' });
  }
  const result = await chargeCard({ amount, currency: currency || 'EUR', cardToken });
  return reply.code(201).send(result);
});

fastify.listen({ port: 3000 });
