const fastify = require('fastify')();
const { verifySignature } = require('./signature');
const events = require('./events');

fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => done(null, body));

fastify.post('/webhooks/partner', async (request, reply) => {
  const raw = request.body;
  if (!verifySignature(raw, request.headers['x-partner-signature'])) {
    return reply.code(401).send({ error: 'bad signature' });
  }
  await events.enqueue(JSON.parse(raw));
  return reply.code(204).send();
});

fastify.listen({ port: 3000 });
