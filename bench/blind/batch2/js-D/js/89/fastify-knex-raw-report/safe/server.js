const fastify = require('fastify')({ logger: true });
const knex = require('knex')({
  client: 'pg',
  connection: process.env.DATABASE_URL,
});
const { ReportService } = require('./reports');

const reports = new ReportService(knex);

fastify.get('/reports/regions/:region/revenue', async (request, reply) => {
  const { region } = request.params;
  const from = request.query.from || '2024-01-01';
  const rows = await reports.revenueByDay(region, from);
  return { region, from, rows };
});

fastify.listen({ port: 3001 }, (err) => {
  if (err) {
    fastify.log.error(err);
    process.exit(1);
  }
});
