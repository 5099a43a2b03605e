import Koa from 'koa';
import Router from '@koa/router';
import { loadOrders, filterRows } from './report';

const app = new Koa();
const router = new Router();

router.get('/reports/orders', async (ctx) => {
  const where = typeof ctx.query.where === 'string' ? ctx.query.where : 'true';
  const rows = await loadOrders();
  ctx.body = filterRows(rows, where);
});

app.use(router.routes());
app.listen(3001);
