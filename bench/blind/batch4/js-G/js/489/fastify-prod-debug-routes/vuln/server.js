const Fastify = require('fastify');
const config = require('./config/production');
const debugRoutes = require('./plugins/debug-routes');
const api = require('./routes/api');

const app = Fastify({ logger: { level: config.logLevel }, trustProxy: config.trustProxy });

app.register(api, { prefix: '/api' });
if (config.debug) {
  app.register(debugRoutes, { prefix: '/_debug' }); // cg-expect: CWE-489
}

app.listen({ port: config.port, host: '0.0.0.0' });
