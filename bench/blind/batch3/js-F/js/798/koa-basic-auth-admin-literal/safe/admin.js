const Router = require('@koa/router');
const auth = require('koa-basic-auth');
const reports = require('./reports');

const router = new Router({ prefix: '/admin' });
if (!process.env.ADMIN_PASS) throw new Error('ADMIN_PASS must be set');
router.use(auth({ name: process.env.ADMIN_USER || 'ops', pass: process.env.ADMIN_PASS }));

router.get('/reports', async (ctx) => {
  ctx.body = await reports.latest();
});

module.exports = router;
