const Router = require('@koa/router');
const accounts = require('../accounts');
const router = new Router();

router.post('/accounts/link', async (ctx) => {
  if (!ctx.session.verifiedEmail) ctx.throw(403);
  const target = await accounts.findByEmail(ctx.session.verifiedEmail);
  await accounts.link(ctx.session.userId, target.id);
  ctx.status = 204;
});

module.exports = router;
