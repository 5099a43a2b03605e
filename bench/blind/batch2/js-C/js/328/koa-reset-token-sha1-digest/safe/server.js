const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { issueResetToken } = require('./reset');

const app = new Koa();
const router = new Router();

router.post('/password/forgot', async (ctx) => {
  await issueResetToken(String(ctx.request.body.email || ''));
  ctx.status = 202;
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3001);
