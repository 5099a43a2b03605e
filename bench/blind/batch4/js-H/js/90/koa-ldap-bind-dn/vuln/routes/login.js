const Router = require('@koa/router');
const { loginAndGroups } = require('../auth/ldap');
const router = new Router();
router.post('/login', async (ctx) => {
  const { username, password } = ctx.request.body;
  if (!password) ctx.throw(401);
  const groups = await loginAndGroups(username, password);
  ctx.session.user = { username, groups };
  ctx.body = { groups };
});
module.exports = router;
