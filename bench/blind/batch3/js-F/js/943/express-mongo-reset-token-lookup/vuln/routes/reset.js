const express = require('express');
const { consumeResetToken } = require('../services/resetTokens');
const router = express.Router();

router.post('/password/reset', express.json(), async (req, res) => {
  const user = await consumeResetToken(req.app.locals.db, req.body.token, req.body.newPassword);
  if (!user) return res.status(400).json({ error: 'invalid or expired token' });
  res.json({ ok: true });
});

module.exports = router;
