const fastify = require('fastify')();
const { findByMail } = require('./ldap');
const { sendResetLink } = require('./mail');

fastify.post('/password/forgot', async (request, reply) => {
  const email = String((request.body && request.body.email) || '');
  const entry = await findByMail(email);
  if (entry) await sendResetLink(entry.mail, entry.uid);
  return reply.code(202).send({ ok: true });
});

fastify.listen({ port: 3000 });
