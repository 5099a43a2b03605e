import fp from 'fastify-plugin';
import postgres from '@fastify/postgres';

export default fp(async function db(app) {
  await app.register(postgres, { connectionString: process.env.DATABASE_URL });
  app.addHook('onReady', async () => {
    const { rows } = await app.pg.query('SELECT count(*)::int AS n FROM fx_rates');
    app.log.info({ rates: rows[0].n }, 'fx rates loaded');
  });
});
