import { encryptSecret, decryptSecret } from './vault.js';

export default async function integrationRoutes(fastify) {
  const schema = {
    body: {
      type: 'object',
      required: ['provider', 'apiKey'],
      properties: { provider: { enum: ['mailgun', 'twilio', 'slack'] }, apiKey: { type: 'string', maxLength: 256 } },
    },
  };

  fastify.put('/integrations', { schema, onRequest: [fastify.authenticate] }, async (request) => {
    const { provider, apiKey } = request.body;
    await fastify.pg.query(
      `INSERT INTO integrations (tenant_id, provider, api_key_enc) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id, provider) DO UPDATE SET api_key_enc = EXCLUDED.api_key_enc`,
      [request.user.tenantId, provider, encryptSecret(apiKey)]
    );
    return { saved: true };
  });

  fastify.post('/integrations/:provider/test', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    const { rows } = await fastify.pg.query(
      'SELECT api_key_enc FROM integrations WHERE tenant_id = $1 AND provider = $2',
      [request.user.tenantId, request.params.provider]
    );
    if (!rows.length) return reply.code(404).send({ error: 'not configured' });
    const key = decryptSecret(rows[0].api_key_enc);
    return { configured: true, keyPreview: `${key.slice(0, 4)}…` };
  });
}
