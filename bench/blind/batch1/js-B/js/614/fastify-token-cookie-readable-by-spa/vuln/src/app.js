import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import authRoutes from './auth-routes.js';

const app = Fastify({ logger: true, trustProxy: true });
await app.register(cookie, { secret: process.env.COOKIE_SECRET });
await app.register(jwt, { secret: process.env.JWT_SECRET, cookie: { cookieName: 'access_token', signed: false } });

app.decorate('authenticate', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch {
    reply.code(401).send({ error: 'unauthorized' });
  }
});

await app.register(authRoutes, { prefix: '/auth' });
await app.listen({ port: 3000, host: '0.0.0.0' });
