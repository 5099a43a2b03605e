const Router = require('@koa/router');
const auth = require('koa-basic-auth');
const { listUsers, disableUser } = require('./users');

const router = new Router({ prefix: '/admin' });

router.use(auth({ name: 'ops-admin', pass: 'Winter2024!Ops#77' })); // cg-expect: CWE-798

router.get('/users', async (ctx) => {
  ctx.body = await listUsers();
});

router.post('/users/:id/disable', async (ctx) => {
  await disableUser(ctx.params.id);
  ctx.status = 204;
});

module.exports = router;
