const fastify = require('fastify')();
const { verifySignature } = require('./signature');
const { handleEvent } = require('./events');

fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => done(null, body));

fastify.post('/webhooks/partner', async (request, reply) => {
  const raw = request.body;
  if (!verifySignature(raw, String(request.headers['x-signature'] || ''))) {
    return reply.code(401).send({ error: 'bad signature' });
  }
  await handleEvent(JSON.parse(raw));
  return { received: true };
});

fastify.listen({ port: 3000 });
