const fastify = require('fastify')();
const { seal, open } = require('./box');

fastify.post('/password/link', async (request) => {
  const userId = await fastify.users.idForEmail(String(request.body?.email || ''));
  if (userId) {
    const token = seal(JSON.stringify({ uid: userId, exp: Date.now() + 15 * 60 * 1000 }));
    await fastify.mailer.sendReset(request.body.email, `https://app.example.com/reset/${token}`);
  }
  return { sent: true };
});

fastify.get('/reset/:token', async (request, reply) => {
  const payload = open(request.params.token);
  if (!payload || payload.exp < Date.now()) return reply.code(410).send({ error: 'expired' });
  return { uid: payload.uid };
});

fastify.listen({ port: 3000 });
