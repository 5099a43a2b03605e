import Router from '@koa/router';
import type { Context, Next } from 'koa';
import { listReports, deleteUser } from './user-repo';

async function requireRole(ctx: Context, next: Next) {
  const role = ctx.session?.user?.role;
  if (role !== 'admin' && role !== 'moderator') ctx.throw(403, 'staff only');
  await next();
}

export const adminRouter = new Router({ prefix: '/admin' });
adminRouter.use(requireRole);
adminRouter.get('/reports', async (ctx) => {
  ctx.body = await listReports();
});
adminRouter.delete('/users/:id', async (ctx) => {
  await deleteUser(ctx.params.id);
  ctx.status = 204;
});
