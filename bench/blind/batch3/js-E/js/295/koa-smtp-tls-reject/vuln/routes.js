const Router = require('@koa/router');
const crypto = require('crypto');
const { sendReset } = require('./mailer');
const users = require('./users');

const router = new Router();

router.post('/forgot', async (ctx) => {
  const user = await users.byEmail(String(ctx.request.body.email || ''));
  if (user) {
    const token = crypto.randomBytes(32).toString('hex');
    await users.saveResetToken(user.id, token);
    await sendReset(user.email, `https://app.example.com/reset/${token}`);
  }
  ctx.status = 202;
});

module.exports = router;
