const fastify = require('fastify')();
const Redis = require('ioredis');
const { isAllowedTarget } = require('./targets');

const redis = new Redis();

fastify.get('/s/:code', async (request, reply) => {
  const target = await redis.get(`short:${request.params.code}`);
  if (!target) return reply.code(404).send();
  return reply.redirect(target); // cg-expect: CWE-601
});

fastify.post('/s', async (request) => {
  const code = require('crypto').randomBytes(4).toString('hex');
  await redis.set(`short:${code}`, String(request.body.url));
  return { code };
});

fastify.listen({ port: 3002 });
