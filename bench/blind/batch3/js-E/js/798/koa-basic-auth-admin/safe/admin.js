const Router = require('@koa/router');
const auth = require('koa-basic-auth');
const { listUsers, disableUser } = require('./users');

const router = new Router({ prefix: '/admin' });

router.use(auth({ name: process.env.ADMIN_USER, pass: process.env.ADMIN_PASS }));

router.get('/users', async (ctx) => {
  ctx.body = await listUsers();
});

router.post('/users/:id/disable', async (ctx) => {
  await disableUser(ctx.params.id);
  ctx.status = 204;
});

module.exports = router;
