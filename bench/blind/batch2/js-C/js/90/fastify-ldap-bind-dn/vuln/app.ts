import Fastify from 'fastify';
import { ldapLogin } from './ldapAuth';

const app = Fastify();

app.post<{ Body: { username: string; password: string } }>('/login', async (req, reply) => {
  const ok = await ldapLogin(String(req.body.username), String(req.body.password));
  if (!ok) return reply.code(401).send({ error: 'invalid credentials' });
  return { ok: true };
});

app.listen({ port: 3002 });
