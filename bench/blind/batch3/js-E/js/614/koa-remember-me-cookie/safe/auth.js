const Router = require('@koa/router');
const { verifyPassword, issueRememberToken } = require('./accounts');
const { rememberCookie } = require('./cookies');

const router = new Router();

router.post('/login', async (ctx) => {
  const { email, password, remember } = ctx.request.body;
  const user = await verifyPassword(email, password);
  if (!user) ctx.throw(401);
  ctx.session.uid = user.id;
  if (remember) {
    const token = await issueRememberToken(user.id);
    ctx.cookies.set('remember_me', token, rememberCookie());
  }
  ctx.body = { ok: true };
});

module.exports = router;
