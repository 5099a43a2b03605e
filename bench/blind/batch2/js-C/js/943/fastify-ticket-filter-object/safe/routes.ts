import Fastify from 'fastify';
import { searchTickets } from './tickets';

const app = Fastify();

app.post<{ Body: { filter: Record<string, unknown> } }>('/tickets/search', async (req) => {
  return searchTickets(req.body.filter ?? {});
});

app.listen({ port: 3002 });
