const fastify = require('fastify')({ logger: true });
const { completeLogin } = require('./oidc');

fastify.register(require('@fastify/cookie'));
fastify.register(require('@fastify/session'), {
  secret: process.env.SESSION_SECRET,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
});

fastify.get('/oauth/callback', async (request, reply) => {
  await completeLogin(request);
  return reply.redirect('/dashboard');
});

fastify.get('/dashboard', async (request, reply) => {
  if (!request.session.email) return reply.redirect('/login');
  return { welcome: request.session.email };
});

fastify.listen({ port: 3000 });
