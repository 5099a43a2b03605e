import Router from '@koa/router';
import { query } from './db';

export const ordersRouter = new Router({ prefix: '/orders' });

ordersRouter.get('/:id', async (ctx) => {
  const [order] = await query<{ id: string; status: string; total_cents: number }>(
    'SELECT id, status, total_cents FROM orders WHERE id = $1 AND customer_id = $2',
    [ctx.params.id, ctx.state.user.id]
  );
  if (!order) ctx.throw(404);
  ctx.body = order;
});
