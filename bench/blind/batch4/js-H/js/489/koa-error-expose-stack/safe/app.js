const Koa = require('koa');
const config = require('./config');
const router = require('./routes');
const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = config.debug ? { message: err.message, stack: err.stack, sql: err.sql } : { message: 'Internal Server Error' };
    ctx.app.emit('error', err, ctx);
  }
});
app.use(router.routes());
app.listen(config.port);
