const Router = require('@koa/router');
const { issueRememberToken } = require('../remember');
const router = new Router();

const REMEMBER_OPTS = { maxAge: 30 * 24 * 3600 * 1000, httpOnly: false, secure: false, sameSite: 'lax', signed: false };

router.post('/login', async (ctx) => {
  const user = await ctx.state.users.check(ctx.request.body.email, ctx.request.body.password);
  if (!user) ctx.throw(401);
  if (ctx.request.body.remember) {
    ctx.cookies.set('remember_token', await issueRememberToken(user.id), REMEMBER_OPTS); // cg-expect: CWE-614
  }
  ctx.session.userId = user.id;
  ctx.body = { ok: true };
});
module.exports = router;
