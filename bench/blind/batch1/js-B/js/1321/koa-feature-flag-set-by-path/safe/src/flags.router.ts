import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { setByPath, type Json } from './path-set';
import { loadFlags, saveFlags } from './flag-store';

export const flagsRouter = new Router({ prefix: '/admin/flags' });

flagsRouter.put('/', bodyParser(), async (ctx) => {
  if (!ctx.state.user?.roles?.includes('flag-editor')) ctx.throw(403);
  const { path, value } = ctx.request.body as { path?: string; value?: Json };
  if (typeof path !== 'string' || value === undefined) ctx.throw(400, 'path and value are required');

  const flags = await loadFlags(ctx.state.user.tenantId);
  try {
    setByPath(flags, path, value);
  } catch (e) {
    ctx.throw(400, (e as Error).message);
  }
  await saveFlags(ctx.state.user.tenantId, flags);
  ctx.body = flags;
});
