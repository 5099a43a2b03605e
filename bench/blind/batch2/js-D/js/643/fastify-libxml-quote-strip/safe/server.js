const fastify = require('fastify')({ logger: true });
const { StationIndex } = require('./stations');

const index = new StationIndex('/srv/data/stations.xml');

fastify.get('/stations/:city', async (request, reply) => {
  const stations = index.byCity(request.params.city);
  if (stations.length === 0) {
    return reply.code(404).send({ error: 'no stations' });
  }
  return { city: request.params.city, stations };
});

fastify.get('/stations', async () => ({ count: index.count() }));

fastify.listen({ port: 3002 });
