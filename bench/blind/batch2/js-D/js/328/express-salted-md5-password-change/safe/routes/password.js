const express = require('express');
const { changePassword } = require('../services/password');

const router = express.Router();

router.post('/account/password', express.json(), async (req, res) => {
  if (!req.session.userId) {
    return res.sendStatus(401);
  }
  const { current, next } = req.body;
  if (typeof next !== 'string' || next.length < 12) {
    return res.status(400).json({ error: 'new password too short' });
  }
  const ok = await changePassword(req.session.userId, String(current), next);
  if (!ok) {
    return res.status(403).json({ error: 'current password is wrong' });
  }
  res.json({ ok: true });
});

module.exports = router;
