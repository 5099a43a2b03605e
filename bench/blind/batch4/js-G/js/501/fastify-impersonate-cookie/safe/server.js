const fastify = require('fastify')();
const { canImpersonate } = require('./permissions');

fastify.register(require('@fastify/secure-session'), { key: require('fs').readFileSync('/etc/app/session.key') });

fastify.get('/preview', async (request, reply) => {
  const target = String(request.query.as || '');
  const me = request.session.get('userId');
  if (!me) return reply.code(401).send();
  if (!(await canImpersonate(me, target))) return reply.code(403).send();
  request.session.set('actingUserId', target);
  return reply.redirect('/');
});

fastify.get('/api/me', async (request) => {
  const acting = request.session.get('actingUserId') || request.session.get('userId');
  return { userId: acting };
});

fastify.listen({ port: 3000 });
