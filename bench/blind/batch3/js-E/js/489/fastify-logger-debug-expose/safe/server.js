const Fastify = require('fastify');
const settings = require('./settings');
const routes = require('./routes');

const fastify = Fastify({ logger: { level: settings.debug ? 'debug' : 'info' } });

fastify.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  const status = error.statusCode || 500;
  if (settings.debug) return reply.code(status).send({ message: error.message, stack: error.stack, validation: error.validation });
  reply.code(status).send({ message: status >= 500 ? 'Internal Server Error' : error.message });
});

fastify.register(routes, { prefix: '/api' });
fastify.listen({ port: settings.port, host: '0.0.0.0' });
