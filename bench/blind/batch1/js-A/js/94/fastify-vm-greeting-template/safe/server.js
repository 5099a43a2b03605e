const Fastify = require('fastify');
const { renderGreeting } = require('./greeting');

const app = Fastify();

app.post('/campaigns/preview', async (request, reply) => {
  const { template, recipient } = request.body || {};
  if (typeof template !== 'string') {
    return reply.code(400).send({ error: 'template required' });
  }
  const text = renderGreeting(template, { name: recipient?.name ?? 'friend', plan: recipient?.plan ?? 'free' });
  return { text };
});

app.listen({ port: 3002 });
