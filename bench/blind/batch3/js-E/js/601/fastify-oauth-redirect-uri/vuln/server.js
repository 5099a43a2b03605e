const fastify = require('fastify')();
const { clientById, issueCode, redirectAllowed } = require('./oauth');

fastify.get('/oauth/authorize', async (request, reply) => {
  const { client_id: clientId, redirect_uri: redirectUri, state = '' } = request.query;
  const client = clientById(String(clientId));
  if (!client || !request.user) return reply.code(400).send({ error: 'invalid_request' });
  if (!redirectAllowed(client, String(redirectUri))) return reply.code(400).send({ error: 'invalid_redirect_uri' });
  const code = issueCode(client.id, request.user.id);
  const target = new URL(String(redirectUri));
  target.searchParams.set('code', code);
  target.searchParams.set('state', String(state));
  return reply.redirect(target.toString()); // cg-expect: CWE-601
});

fastify.listen({ port: 3000 });
