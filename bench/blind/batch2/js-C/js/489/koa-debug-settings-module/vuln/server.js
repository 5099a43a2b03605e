const Koa = require('koa');
const settings = require('./settings');
const router = require('./router');

const app = new Koa();
app.env = settings.env;

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    if (settings.debug) {
      ctx.body = { message: err.message, stack: err.stack, request: ctx.request.toJSON(), headers: ctx.headers };
    } else {
      ctx.body = { error: ctx.status === 500 ? 'internal error' : err.message };
    }
    ctx.app.emit('error', err, ctx);
  }
});

app.use(router.routes());
app.listen(settings.port);
