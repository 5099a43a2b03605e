const fastify = require('fastify')();
const { exchangeCode, decodeState } = require('./oauth');

fastify.register(require('@fastify/cookie'));
fastify.register(require('@fastify/session'), { secret: process.env.SESSION_SECRET, cookie: { secure: true } });

const ALLOWED_RETURN_PREFIXES = ['/app', '/settings', '/billing'];

function sameSitePath(returnUrl) {
  if (typeof returnUrl !== 'string') return '/';
  const url = new URL(returnUrl, 'https://placeholder.invalid');
  if (url.origin !== 'https://placeholder.invalid') return '/';
  return ALLOWED_RETURN_PREFIXES.some((p) => url.pathname === p || url.pathname.startsWith(p + '/')) ? url.pathname + url.search : '/';
}

fastify.get('/oauth/callback', async (request, reply) => {
  const { code, state } = request.query;
  const { nonce, returnUrl } = decodeState(state);
  if (nonce !== request.session.get('oauthNonce')) {
    return reply.code(400).send('state mismatch');
  }
  const profile = await exchangeCode(code);
  request.session.set('user', profile);
  return reply.redirect(sameSitePath(returnUrl));
});

fastify.listen({ port: 3000 });
