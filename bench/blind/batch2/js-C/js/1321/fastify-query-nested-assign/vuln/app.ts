import Fastify from 'fastify';
import { parseNested } from './nested';

const app = Fastify({
  querystringParser: (str) => parseNested(str),
});

app.get('/products', async (req) => {
  const q = req.query as { filter?: Record<string, unknown> };
  return { appliedFilter: q.filter ?? {} };
});

app.listen({ port: 3002 });
