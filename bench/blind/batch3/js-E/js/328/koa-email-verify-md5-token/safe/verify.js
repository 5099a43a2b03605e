const Router = require('@koa/router');
const { signEmail, checkSignature } = require('./signing');
const users = require('./users');

const router = new Router();

router.get('/verify', async (ctx) => {
  const { email, sig } = ctx.query;
  if (typeof email !== 'string' || typeof sig !== 'string' || !checkSignature(email, sig)) ctx.throw(400, 'invalid link');
  await users.markVerified(email);
  ctx.redirect('/welcome');
});

router.post('/verify/resend', async (ctx) => {
  const email = ctx.state.user.email;
  await users.sendMail(email, `https://app.example.com/verify?email=${encodeURIComponent(email)}&sig=${signEmail(email)}`);
  ctx.status = 202;
});

module.exports = router;
