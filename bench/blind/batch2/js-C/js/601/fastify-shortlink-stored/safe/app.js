const fastify = require('fastify')();
const Redis = require('ioredis');
const { isAllowedTarget } = require('./targets');

const redis = new Redis();

fastify.get('/s/:code', async (request, reply) => {
  const target = await redis.get(`short:${request.params.code}`);
  if (!target) return reply.code(404).send();
  if (!isAllowedTarget(target)) return reply.code(410).send();
  return reply.redirect(target);
});

fastify.post('/s', async (request) => {
  const code = require('crypto').randomBytes(4).toString('hex');
  await redis.set(`short:${code}`, String(request.body.url));
  return { code };
});

fastify.listen({ port: 3002 });
