const fastify = require('fastify')();
const { issueOtp } = require('./otp');
const mailer = require('./mailer');

fastify.post('/login/code', async (request, reply) => {
  const email = String(request.body?.email || '').toLowerCase();
  const code = await issueOtp(email);
  if (code) await mailer.send(email, 'Your login code', `Your code is ${code}. It expires in 10 minutes.`);
  return reply.code(202).send({ sent: true });
});

fastify.listen({ port: 3000 });
