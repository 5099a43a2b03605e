const fastify = require('fastify')({ logger: true });
const { validateAdmin } = require('./admin-auth');

fastify.register(require('@fastify/basic-auth'), { validate: validateAdmin, authenticate: { realm: 'admin' } });

fastify.after(() => {
  fastify.get('/admin/users', { onRequest: fastify.basicAuth }, async () => {
    return fastify.db.query('SELECT id, email, created_at FROM users ORDER BY created_at DESC LIMIT 100');
  });
});

fastify.listen({ port: 3000 });
