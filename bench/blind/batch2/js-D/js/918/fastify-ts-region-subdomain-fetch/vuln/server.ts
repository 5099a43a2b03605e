import Fastify from 'fastify';
import { fetchQuote } from './pricing';

const app = Fastify({ logger: true });

app.get<{ Params: { region: string }; Querystring: { sku?: string } }>('/quotes/:region', async (request, reply) => {
  const sku = String(request.query.sku ?? '');
  if (!/^[A-Z0-9-]{3,20}$/.test(sku)) {
    return reply.code(400).send({ error: 'invalid sku' });
  }
  try {
    return await fetchQuote(request.params.region, sku);
  } catch {
    return reply.code(502).send({ error: 'pricing unavailable' });
  }
});

app.listen({ port: 3000 });
