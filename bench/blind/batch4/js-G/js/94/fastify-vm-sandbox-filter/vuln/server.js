const fastify = require('fastify')({ logger: true });
const { filterRecords } = require('./filter');
const records = require('./records');

fastify.post('/records/query', async (request, reply) => {
  const { where } = request.body || {};
  if (typeof where !== 'string' || where.length > 200) {
    return reply.code(400).send({ error: 'where must be a short string' });
  }
  const all = await records.loadAll();
  return { rows: filterRecords(all, where) };
});

fastify.listen({ port: 3000 });
