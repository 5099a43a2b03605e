export default async function routes(app) {
  app.get('/health', async () => ({ status: 'ok' }));

  app.get('/rates/:currency', {
    schema: { params: { type: 'object', properties: { currency: { type: 'string', pattern: '^[A-Z]{3}$' } } } },
  }, async (request, reply) => {
    const { rows } = await app.pg.query('SELECT rate, fetched_at FROM fx_rates WHERE currency = $1', [request.params.currency]);
    if (!rows.length) return reply.code(404).send({ error: 'unknown currency' });
    return rows[0];
  });
}
