import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import { checkCredentials } from './users';

const app = Fastify();
app.register(cookie);
app.register(jwt, { secret: process.env.JWT_SECRET as string });

app.post<{ Body: { email: string; password: string } }>('/auth/login', async (req, reply) => {
  const user = await checkCredentials(req.body.email, req.body.password);
  if (!user) return reply.code(401).send();
  const token = app.jwt.sign({ sub: user.id, role: user.role }, { expiresIn: '2h' });
  reply.setCookie('access_token', token, { path: '/', sameSite: 'lax', secure: true, httpOnly: true });
  return { ok: true };
});

app.listen({ port: 3002 });
