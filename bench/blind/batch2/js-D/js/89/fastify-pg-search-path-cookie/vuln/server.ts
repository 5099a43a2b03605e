import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import { TenantDb } from './tenantDb';

const app = Fastify({ logger: true });
app.register(cookie);
const db = new TenantDb();

app.get('/projects', async (request, reply) => {
  const schema = request.cookies['tenant'] ?? '';
  if (!schema) return reply.code(400).send({ error: 'no tenant selected' });
  return db.withTenant(schema, (client) => client.query('SELECT id, name FROM projects ORDER BY name'));
});

app.listen({ port: 3000 });
