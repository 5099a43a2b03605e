const Fastify = require('fastify');

function buildServer() {
  const app = Fastify({ logger: { level: 'info' } });

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/quotes/:symbol', async (request, reply) => {
    const symbol = String(request.params.symbol).toUpperCase();
    if (!/^[A-Z]{1,5}$/.test(symbol)) {
      return reply.code(400).send({ error: 'bad symbol' });
    }
    return { symbol, price: 100 + symbol.length };
  });

  return app;
}

module.exports = { buildServer };
