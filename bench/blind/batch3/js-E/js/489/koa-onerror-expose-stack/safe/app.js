const Koa = require('koa');
const Router = require('@koa/router');
const config = require('./config');

const app = new Koa();
app.env = config.env;
const router = new Router();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = app.env === 'development' ? { error: err.message, stack: err.stack } : { error: 'internal error' };
    ctx.app.emit('error', err, ctx);
  }
});

router.get('/health', (ctx) => { ctx.body = { ok: true }; });
app.use(router.routes());
app.listen(config.port);
