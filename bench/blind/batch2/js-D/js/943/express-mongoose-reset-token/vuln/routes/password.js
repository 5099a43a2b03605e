const express = require('express');
const bcrypt = require('bcrypt');
const { findResetTarget } = require('../services/reset');

const router = express.Router();

router.post('/password/reset', async (req, res) => {
  const { email, token, newPassword } = req.body;
  if (!newPassword || String(newPassword).length < 12) {
    return res.status(400).json({ error: 'password too short' });
  }
  const user = await findResetTarget(email, token);
  if (!user) {
    return res.status(400).json({ error: 'invalid or expired token' });
  }
  user.passwordHash = await bcrypt.hash(String(newPassword), 12);
  user.resetToken = undefined;
  user.resetExpires = undefined;
  await user.save();
  res.json({ ok: true });
});

module.exports = router;
