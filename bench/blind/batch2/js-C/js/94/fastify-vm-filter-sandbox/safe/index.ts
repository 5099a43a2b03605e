import Fastify from 'fastify';
import { InventoryFilter } from './filter';

const app = Fastify();
const items = [
  { sku: 'A1', stock: 4, price: 10 },
  { sku: 'B2', stock: 0, price: 25 },
];

app.get<{ Querystring: { where?: string } }>('/inventory', async (req) => {
  const filter = new InventoryFilter(req.query.where ?? 'true');
  return items.filter((it) => filter.matches(it));
});

app.listen({ port: 3002 });
