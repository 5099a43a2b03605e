import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import { GroupDirectory } from './groups';

const app = Fastify({ logger: true });
const groups = new GroupDirectory(process.env.LDAP_URL as string);

async function requireAdmin(request: FastifyRequest, reply: FastifyReply) {
  const user = request.headers['x-remote-user'];
  if (typeof user !== 'string' || !(await groups.isMember(user, 'admins'))) {
    return reply.code(403).send({ error: 'forbidden' });
  }
}

app.get('/admin/audit-log', { preHandler: requireAdmin }, async () => {
  return { entries: [] };
});

app.listen({ port: 8081 });
