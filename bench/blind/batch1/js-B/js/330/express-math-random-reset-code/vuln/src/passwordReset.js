const express = require('express');
const { issueResetCode, consumeResetCode } = require('./resetCodes');
const mailer = require('./mailer');
const users = require('./users');

const router = express.Router();
router.use(express.json());

router.post('/password/forgot', async (req, res) => {
  const user = await users.findByEmail(String(req.body.email || '').toLowerCase());
  if (user) {
    const code = await issueResetCode(user.id);
    await mailer.send(user.email, 'Your reset code', `Enter ${code} within 15 minutes to reset your password.`);
  }
  res.json({ message: 'If that account exists, a code is on its way.' });
});

router.post('/password/reset', async (req, res) => {
  const { email, code, newPassword } = req.body;
  const user = await users.findByEmail(String(email || '').toLowerCase());
  if (!user || !(await consumeResetCode(user.id, String(code)))) {
    return res.status(400).json({ error: 'invalid or expired code' });
  }
  await users.setPassword(user.id, newPassword);
  res.json({ ok: true });
});

module.exports = router;
