const fastify = require('fastify')();
const { sameOriginPath } = require('./urls');

fastify.register(require('@fastify/cookie'));

fastify.get('/lang/:code', async (request, reply) => {
  const code = ['en', 'de', 'fr'].includes(request.params.code) ? request.params.code : 'en';
  reply.setCookie('lang', code, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
  const back = request.headers.referer || '/';
  return reply.redirect(back); // cg-expect: CWE-601
});

fastify.listen({ port: 3002 });
