import { createApiKey, hashKey } from '../lib/keys.js';

export default async function apiKeyRoutes(fastify) {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.post('/api-keys', {
    schema: { body: { type: 'object', required: ['label'], properties: { label: { type: 'string', maxLength: 64 } } } },
  }, async (request, reply) => {
    const { prefix, secret } = createApiKey();
    await fastify.pg.query(
      'INSERT INTO api_keys (user_id, label, prefix, key_hash) VALUES ($1, $2, $3, $4)',
      [request.user.id, request.body.label, prefix, hashKey(secret)]
    );
    reply.code(201);
    return { apiKey: `${prefix}_${secret}`, note: 'Store this key now; it will not be shown again.' };
  });

  fastify.get('/api-keys', async (request) => {
    const { rows } = await fastify.pg.query(
      'SELECT id, label, prefix, created_at FROM api_keys WHERE user_id = $1 ORDER BY created_at DESC',
      [request.user.id]
    );
    return rows;
  });
}
