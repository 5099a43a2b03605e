const Koa = require('koa');
const admin = require('./admin');

const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    if (err.status === 401) {
      ctx.status = 401;
      ctx.set('WWW-Authenticate', 'Basic realm="admin"');
      return;
    }
    throw err;
  }
});

app.use(admin.routes());
app.listen(3000);
