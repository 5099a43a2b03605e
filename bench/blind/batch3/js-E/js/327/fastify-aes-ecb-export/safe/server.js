const fastify = require('fastify')();
const { buildExport } = require('./exporter');

fastify.get('/exports/customers', async (request, reply) => {
  const blob = await buildExport(request.user.tenantId);
  reply.header('Content-Disposition', 'attachment; filename="customers.enc"');
  return reply.type('application/octet-stream').send(blob);
});

fastify.get('/exports/health', async () => ({ ok: true }));

fastify.listen({ port: 3000 });
