const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { isValidEmail } = require('./validate');

const app = new Koa();
const router = new Router();

router.post('/signup', async (ctx) => {
  const email = String(ctx.request.body.email || '');
  if (!isValidEmail(email)) ctx.throw(400, 'invalid email');
  ctx.status = 202;
  ctx.body = { queued: true };
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3000);
