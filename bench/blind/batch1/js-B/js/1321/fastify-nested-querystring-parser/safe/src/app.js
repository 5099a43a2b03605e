import Fastify from 'fastify';
import { parseNestedQuery } from './qs.js';

const app = Fastify({
  logger: true,
  querystringParser: (str) => parseNestedQuery(str),
});

app.get('/tickets', async (request) => {
  const { filter = {}, sort = '-created', page = '1' } = request.query;
  const clauses = [];
  const params = [];
  if (typeof filter.status === 'string') {
    params.push(filter.status);
    clauses.push(`status = $${params.length}`);
  }
  if (filter.owner && typeof filter.owner.id === 'string') {
    params.push(Number(filter.owner.id));
    clauses.push(`owner_id = $${params.length}`);
  }
  const order = sort === 'created' ? 'created_at ASC' : 'created_at DESC';
  const offset = (Math.max(1, Number(page)) - 1) * 50;
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const { rows } = await app.pg.query(`SELECT id, title, status FROM tickets ${where} ORDER BY ${order} LIMIT 50 OFFSET ${offset}`, params);
  return rows;
});

await app.listen({ port: 3000 });
