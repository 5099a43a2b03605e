const Router = require('@koa/router');
const auth = require('koa-basic-auth');
const reports = require('./reports');

const router = new Router({ prefix: '/admin' });
router.use(auth({ name: 'ops', pass: 'S3cure-Ops-2024!' })); // cg-expect: CWE-798

router.get('/reports', async (ctx) => {
  ctx.body = await reports.latest();
});

module.exports = router;
