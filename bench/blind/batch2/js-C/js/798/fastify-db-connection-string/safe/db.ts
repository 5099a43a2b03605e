import fp from 'fastify-plugin';
import postgres from '@fastify/postgres';

export default fp(async (app) => {
  await app.register(postgres, {
    connectionString: process.env.DATABASE_URL,
    max: 10,
  });
});
