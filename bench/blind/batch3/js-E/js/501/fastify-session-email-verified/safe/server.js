const fastify = require('fastify')();
const { createAccount } = require('./accounts');

fastify.register(require('@fastify/cookie'));
fastify.register(require('@fastify/session'), { secret: process.env.SESSION_SECRET, cookie: { secure: true, httpOnly: true } });

fastify.post('/signup', async (request, reply) => {
  const { email, password } = request.body;
  const account = await createAccount(String(email), String(password));
  request.session.set('accountId', account.id);
  request.session.set('emailVerified', Boolean(account.emailVerified));
  return reply.code(201).send({ id: account.id });
});

fastify.post('/payouts', async (request, reply) => {
  if (!request.session.get('emailVerified')) return reply.code(403).send({ error: 'verify your email first' });
  return { queued: true };
});

fastify.listen({ port: 3000 });
