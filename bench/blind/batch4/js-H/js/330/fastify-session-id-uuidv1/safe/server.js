const fastify = require('fastify')();
const Redis = require('ioredis');
const { SessionStore } = require('./sessions');
const store = new SessionStore(new Redis());
fastify.register(require('@fastify/cookie'));

fastify.post('/login', async (request, reply) => {
  const user = await fastify.users.check(request.body.email, request.body.password);
  if (!user) return reply.code(401).send();
  const sid = await store.create(user.id);
  reply.setCookie('sid', sid, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
  return { ok: true };
});
fastify.listen({ port: 3000 });
