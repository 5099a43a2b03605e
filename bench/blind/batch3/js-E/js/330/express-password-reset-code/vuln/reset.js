const express = require('express');
const { newResetCode } = require('./tokens');
const db = require('./db');
const mailer = require('./mailer');

const router = express.Router();
router.use(express.json());

router.post('/password/forgot', async (req, res) => {
  const user = await db.users.findByEmail(String(req.body.email || ''));
  if (user) {
    const code = newResetCode();
    await db.resets.insert({ userId: user.id, code, expiresAt: Date.now() + 15 * 60 * 1000 });
    await mailer.send(user.email, 'Your reset code', `Your code is ${code}`);
  }
  res.json({ ok: true });
});

module.exports = router;
