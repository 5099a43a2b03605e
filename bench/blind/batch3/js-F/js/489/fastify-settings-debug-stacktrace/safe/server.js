const Fastify = require('fastify');
const settings = require('./settings');

function build() {
  const app = Fastify({ logger: true });
  app.setErrorHandler((err, request, reply) => {
    request.log.error(err);
    if (settings.DEBUG) return reply.code(500).send({ message: err.message, stack: err.stack, query: request.query });
    return reply.code(500).send({ message: 'Internal Server Error' });
  });
  app.register(require('./routes'));
  return app;
}

module.exports = { build };
