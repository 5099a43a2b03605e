const fastify = require('fastify')();
const { exchangeCode, decodeState } = require('./oauth');

fastify.register(require('@fastify/cookie'));
fastify.register(require('@fastify/session'), { secret: process.env.SESSION_SECRET, cookie: { secure: true } });

fastify.get('/oauth/callback', async (request, reply) => {
  const { code, state } = request.query;
  const { nonce, returnUrl } = decodeState(state);
  if (nonce !== request.session.get('oauthNonce')) {
    return reply.code(400).send('state mismatch');
  }
  const profile = await exchangeCode(code);
  request.session.set('user', profile);
  return reply.redirect(returnUrl || '/'); // cg-expect: CWE-601
});

fastify.listen({ port: 3000 });
