import Router from '@koa/router';
import { OrderRepository } from './order-repository';

const router = new Router();
const orders = new OrderRepository();

router.get('/customers/:customerId/orders', async (ctx) => {
  const customerId = Number(ctx.params.customerId);
  if (!Number.isInteger(customerId)) ctx.throw(400);
  const sort = typeof ctx.query.sort === 'string' ? ctx.query.sort : 'created_at';
  ctx.body = await orders.forCustomer(customerId, sort);
});

export default router;
