const Router = require('@koa/router');
const { signEmail, checkSignature } = require('../verify');
const router = new Router();
router.post('/signup', async (ctx) => {
  const email = String(ctx.request.body.email);
  await ctx.state.mail.send(email, `https://acme.io/verify?e=${encodeURIComponent(email)}&s=${signEmail(email)}`);
  ctx.status = 202;
});
router.get('/verify', async (ctx) => {
  if (!checkSignature(String(ctx.query.e), ctx.query.s)) ctx.throw(400, 'bad link');
  await ctx.state.users.markVerified(String(ctx.query.e));
  ctx.redirect('/welcome');
});
module.exports = router;
