const fastify = require('fastify')({ onProtoPoisoning: 'ignore' });
const { withDefaults } = require('./options');

fastify.post('/reports/run', async (request) => {
  const opts = withDefaults(request.body?.options || {});
  const rows = await fastify.reports.run(opts);
  return { options: opts, rows };
});

fastify.listen({ port: 3000 });
