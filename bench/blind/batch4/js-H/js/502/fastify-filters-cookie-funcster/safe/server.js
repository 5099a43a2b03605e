const fastify = require('fastify')();
const { decodeFilterState } = require('./state');
fastify.register(require('@fastify/cookie'));
fastify.get('/reports', async (request) => {
  const state = request.cookies.filters ? decodeFilterState(request.cookies.filters) : { range: '30d' };
  return fastify.reports.run({ range: state.range, groupBy: state.groupBy });
});
fastify.listen({ port: 3000 });
