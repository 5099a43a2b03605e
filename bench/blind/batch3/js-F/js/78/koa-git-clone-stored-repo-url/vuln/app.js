const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const logger = require('koa-logger');
const projectsRouter = require('./routes/projects');

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
app.use(projectsRouter.routes()).use(projectsRouter.allowedMethods());

app.on('error', (err) => console.error(err));
module.exports = app;
