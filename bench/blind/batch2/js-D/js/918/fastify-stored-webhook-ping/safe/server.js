const fastify = require('fastify')({ logger: true });
const { WebhookStore } = require('./store');
const { sendTestEvent } = require('./sender');

const store = new WebhookStore();

fastify.post('/webhooks', async (request, reply) => {
  const id = await store.add(request.user.accountId, String(request.body.url));
  return reply.code(201).send({ id });
});

fastify.post('/webhooks/:id/test', async (request, reply) => {
  const hook = await store.get(request.user.accountId, request.params.id);
  if (!hook) return reply.code(404).send({ error: 'no such webhook' });
  const status = await sendTestEvent(hook.url);
  return { delivered: status < 400, status };
});

fastify.listen({ port: 3000 });
