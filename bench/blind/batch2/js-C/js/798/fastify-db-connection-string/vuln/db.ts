import fp from 'fastify-plugin';
import postgres from '@fastify/postgres';

export default fp(async (app) => {
  await app.register(postgres, {
    connectionString: 'postgres://orders_svc:2m7o8EpjJFlVw75irqkl@db-prod-1.internal:5432/orders', // cg-expect: CWE-798
    max: 10,
  });
});
