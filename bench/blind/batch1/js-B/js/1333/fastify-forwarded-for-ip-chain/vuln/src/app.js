import Fastify from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { clientIpFrom } from './client-ip.js';
import authPlugin from './auth-plugin.js';

const app = Fastify({ logger: true });
await app.register(authPlugin);

await app.register(rateLimit, {
  max: 100,
  timeWindow: '1 minute',
  keyGenerator: (request) => clientIpFrom(request),
});

app.post('/api/login', async (request, reply) => {
  const ok = await app.auth.verify(request.body?.username, request.body?.password);
  if (!ok) return reply.code(401).send({ error: 'invalid credentials' });
  return { token: await app.auth.issue(request.body.username) };
});

await app.listen({ port: 3000, host: '0.0.0.0' });
