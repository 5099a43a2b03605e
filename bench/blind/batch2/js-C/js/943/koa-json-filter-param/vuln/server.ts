import Koa from 'koa';
import Router from '@koa/router';
import { auditEntries } from './audit';

const app = new Koa();
const router = new Router();

router.get('/audit', async (ctx) => {
  const tenant = String(ctx.state.tenantId ?? '');
  const filter = typeof ctx.query.filter === 'string' ? JSON.parse(ctx.query.filter) : {};
  ctx.body = await auditEntries(tenant, filter);
});

app.use(router.routes());
app.listen(3001);
