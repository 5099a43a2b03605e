import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import { login } from './auth';

const app = Fastify();
app.register(cookie);

app.post<{ Body: { email: string; password: string } }>('/api/login', async (request, reply) => {
  const token = await login(request.body.email, request.body.password);
  if (!token) return reply.code(401).send({ error: 'invalid credentials' });
  reply.setCookie('access_token', token, { 
    path: '/',
    sameSite: 'strict',
    maxAge: 3600,
    httpOnly: true,
    secure: true,
  });
  return { ok: true };
});

app.listen({ port: 3000 });
