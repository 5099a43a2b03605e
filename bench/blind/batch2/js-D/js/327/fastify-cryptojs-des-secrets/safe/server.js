const fastify = require('fastify')({ logger: true });
const { SecretBox } = require('./secretBox');
const { Pool } = require('pg');

const pool = new Pool();
const box = new SecretBox(process.env.INTEGRATION_KEY);

fastify.post('/integrations/:provider/credentials', async (request, reply) => {
  const { apiSecret } = request.body;
  if (typeof apiSecret !== 'string' || apiSecret.length < 8) {
    return reply.code(400).send({ error: 'apiSecret required' });
  }
  const sealed = await box.encrypt(apiSecret);
  await pool.query(
    'INSERT INTO integrations (account_id, provider, secret_enc) VALUES ($1, $2, $3) ON CONFLICT (account_id, provider) DO UPDATE SET secret_enc = $3',
    [request.user.accountId, request.params.provider, sealed]
  );
  return reply.code(204).send();
});

fastify.listen({ port: 3000 });
