import Fastify from 'fastify';
import jwt from '@fastify/jwt';
import billingRoutes from './routes.js';

const app = Fastify({ logger: true });
await app.register(jwt, { secret: process.env.JWT_SECRET });

app.decorate('authenticate', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch {
    reply.code(401).send({ error: 'unauthorized' });
  }
});

await app.register(billingRoutes);
await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
