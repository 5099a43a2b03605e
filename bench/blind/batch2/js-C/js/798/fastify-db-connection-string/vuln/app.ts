import Fastify from 'fastify';
import dbPlugin from './db';

const app = Fastify();
app.register(dbPlugin);

app.get<{ Params: { id: string } }>('/orders/:id', async (req) => {
  const { rows } = await app.pg.query('SELECT id, status FROM orders WHERE id = $1', [req.params.id]);
  return rows[0] ?? null;
});

app.listen({ port: 3002 });
