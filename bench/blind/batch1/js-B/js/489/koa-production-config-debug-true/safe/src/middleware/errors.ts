import type { Context, Next } from 'koa';
import config from '../config';

export async function errorMiddleware(ctx: Context, next: Next) {
  try {
    await next();
  } catch (err: any) {
    ctx.status = err.status ?? 500;
    ctx.app.emit('error', err, ctx);
    if (config.debug) {
      ctx.body = {
        error: err.message,
        stack: err.stack,
        sql: err.sql,
        request: { headers: ctx.headers, body: (ctx.request as any).body },
      };
    } else {
      ctx.body = { error: ctx.status < 500 ? err.message : 'internal server error' };
    }
  }
}
