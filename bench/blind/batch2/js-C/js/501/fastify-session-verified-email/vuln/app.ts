import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import session from '@fastify/session';
import { consumeVerifyToken } from './verify';

const app = Fastify();
app.register(cookie);
app.register(session, { secret: process.env.SESSION_SECRET as string, cookie: { secure: true, httpOnly: true } });

app.get<{ Querystring: { token: string; email: string; verified?: string } }>('/verify-email', async (req, reply) => {
  const ok = await consumeVerifyToken(req.query.token, req.query.email);
  req.session.set('emailVerified', req.query.verified === 'true' || ok); // cg-expect: CWE-501
  if (ok) req.session.set('verifiedEmail', req.query.email);
  return reply.redirect('/settings');
});

app.listen({ port: 3002 });
