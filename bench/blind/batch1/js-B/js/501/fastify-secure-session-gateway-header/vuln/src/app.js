import Fastify from 'fastify';
import secureSession from '@fastify/secure-session';
import { readFileSync } from 'node:fs';
import ssoRoutes from './sso.js';
import adminRoutes from './admin.js';

const app = Fastify({ logger: true });

await app.register(secureSession, {
  key: readFileSync(process.env.SESSION_KEY_FILE),
  cookieName: 'app-session',
  cookie: { path: '/', httpOnly: true, secure: true, sameSite: 'lax' },
});
await app.register(ssoRoutes);
await app.register(adminRoutes);

app.get('/api/profile', async (request, reply) => {
  const userId = request.session.get('userId');
  if (!userId) return reply.code(401).send({ error: 'not signed in' });
  const { rows } = await app.pg.query('SELECT id, email, name FROM users WHERE id = $1', [userId]);
  return rows[0];
});

await app.listen({ port: 3000, host: '0.0.0.0' });
