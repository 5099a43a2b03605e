import fp from 'fastify-plugin';
import postgres from '@fastify/postgres';

export default fp(async function db(app) {
  await app.register(postgres, {
    connectionString: process.env.DATABASE_URL,
    max: 10,
  });
  app.addHook('onClose', async () => {
    app.log.info('closing database pool');
  });
});
