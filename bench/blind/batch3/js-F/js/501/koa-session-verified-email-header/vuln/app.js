const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const logger = require('koa-logger');
const identity = require('./middleware/identity');
const linkRouter = require('./routes/link');

const app = new Koa();
app.proxy = true;

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: ctx.status === 500 ? 'internal error' : err.message };
    ctx.app.emit('error', err, ctx);
  }
});
app.use(logger());
app.use(bodyParser({ jsonLimit: '1mb' }));
app.use(identity({ check: async () => null }));
app.use(linkRouter.routes()).use(linkRouter.allowedMethods());

app.on('error', (err) => console.error(err));
module.exports = app;
