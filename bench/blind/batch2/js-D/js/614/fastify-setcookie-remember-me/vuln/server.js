const fastify = require('fastify')({ logger: true });
const { RememberMe } = require('./rememberMe');

fastify.register(require('@fastify/cookie'), { secret: process.env.COOKIE_SECRET });
fastify.register(require('@fastify/formbody'));

const remember = new RememberMe();

fastify.post('/login', async (request, reply) => {
  const user = await remember.checkPassword(request.body.username, request.body.password);
  if (!user) return reply.code(401).send({ error: 'invalid login' });
  if (request.body.remember === 'on') {
    const token = await remember.issue(user.id);
    reply.setCookie('remember_me', token, { path: '/', maxAge: 60 * 60 * 24 * 30, sameSite: 'lax' }); // cg-expect: CWE-614
  }
  return reply.redirect('/');
});

fastify.listen({ port: 3000 });
