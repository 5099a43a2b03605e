const { verify } = require('../lib/signature');
const events = require('../db/events');

module.exports = async function (fastify) {
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => done(null, body));

  fastify.post('/webhooks/billing', async (request, reply) => {
    const secret = fastify.config.BILLING_WEBHOOK_SECRET;
    if (!verify(secret, request.body, request.headers['x-signature'])) return reply.code(401).send();
    const event = JSON.parse(request.body);
    await events.record(event.id, event.type, event.data);
    return { received: true };
  });
};
