const fastify = require('fastify')({ logger: true });
const { isValidEmail } = require('./validators');

fastify.post('/signup', async (request, reply) => {
  const { email } = request.body;
  if (typeof email !== 'string' || !isValidEmail(email)) return reply.code(400).send({ error: 'invalid email' });
  return { ok: true };
});
fastify.listen({ port: 3000 });
