import Fastify from 'fastify';
import secureSession from '@fastify/secure-session';
import { Pool } from 'pg';
import { selectTenant } from './tenants';

const app = Fastify({ logger: true });
const pool = new Pool();

app.register(secureSession, {
  key: Buffer.from(process.env.SESSION_KEY as string, 'hex'),
  cookie: { path: '/', httpOnly: true, secure: true },
});

app.post('/tenants/select', async (request, reply) => {
  const tenantId = String(request.headers['x-tenant-id'] ?? '');
  const ok = await selectTenant(request, pool, tenantId);
  return ok ? { tenantId } : reply.code(403).send({ error: 'not a member of that tenant' });
});

app.get('/invoices', async (request) => {
  const tenantId = request.session.get('tenantId');
  const { rows } = await pool.query('SELECT id, total FROM invoices WHERE tenant_id = $1', [tenantId]);
  return rows;
});

app.listen({ port: 3000 });
