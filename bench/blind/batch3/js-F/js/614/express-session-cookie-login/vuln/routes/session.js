const express = require('express');
const { issueSession } = require('../services/sessions');
const router = express.Router();

router.post('/session', express.json(), async (req, res) => {
  const token = await issueSession(req.body.username, req.body.password);
  if (!token) return res.sendStatus(401);
  res.cookie('sid', token, { maxAge: 8 * 3600 * 1000, sameSite: 'lax' }); // cg-expect: CWE-614
  res.cookie('ui_theme', 'dark', { maxAge: 365 * 24 * 3600 * 1000 });
  res.json({ ok: true });
});

module.exports = router;
