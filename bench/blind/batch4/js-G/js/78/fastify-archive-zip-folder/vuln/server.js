const fastify = require('fastify')();
const { Exporter } = require('./exporter');

const exporter = new Exporter('/srv/workspaces');

fastify.post('/workspaces/:ws/export', async (request, reply) => {
  const { folder } = request.body || {};
  if (typeof folder !== 'string' || !folder) return reply.code(400).send({ error: 'folder required' });
  const file = exporter.zipFolder(request.params.ws, folder);
  return { download: `/downloads/${file}` };
});

fastify.listen({ port: 3000 });
