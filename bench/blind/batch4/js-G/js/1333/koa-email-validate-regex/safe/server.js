const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { isValidEmail } = require('./validators');

const app = new Koa();
const router = new Router();

router.post('/signup', async (ctx) => {
  const { email, name } = ctx.request.body;
  if (typeof email !== 'string' || !isValidEmail(email)) {
    ctx.status = 422;
    ctx.body = { error: 'invalid email' };
    return;
  }
  ctx.status = 201;
  ctx.body = { email, name: String(name || '') };
});

app.use(bodyParser()).use(router.routes());
app.listen(3000);
