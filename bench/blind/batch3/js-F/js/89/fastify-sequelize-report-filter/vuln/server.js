const Fastify = require('fastify');

const app = Fastify({ logger: { level: process.env.LOG_LEVEL || 'info' }, bodyLimit: 1048576 });

app.register(require('@fastify/helmet'));
app.register(require('@fastify/cookie'));
app.register(require('@fastify/session'), { secret: process.env.SESSION_SECRET, cookie: { secure: true, httpOnly: true } });
app.register(require('@fastify/multipart'), { limits: { fileSize: 10 * 1024 * 1024 } });
app.register(require('./plugins/db'));
app.register(require('./routes/reports'));

app.get('/healthz', async () => ({ status: 'ok' }));

app.setNotFoundHandler((request, reply) => {
  reply.code(404).send({ error: 'not found' });
});

app.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' }).catch((err) => {
  app.log.error(err);
  process.exit(1);
});

module.exports = app;
