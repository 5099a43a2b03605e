const Koa = require('koa');
const Router = require('@koa/router');
const { listMembers, countMembers } = require('./members');

const app = new Koa();
const router = new Router();

router.get('/members', async (ctx) => {
  ctx.body = await listMembers(ctx.query.minAge || '18');
});

router.get('/members/count', async (ctx) => {
  ctx.body = { total: await countMembers() };
});

app.use(router.routes());
app.listen(3001);
