const express = require('express');
const { authenticate, createSession } = require('../auth');
const router = express.Router();

router.post('/login', express.json(), async (req, res) => {
  const user = await authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
  const sid = await createSession(user.id);
  res.cookie('sid', sid, { maxAge: 8 * 3600 * 1000, sameSite: 'lax', secure: true, httpOnly: true });
  res.json({ ok: true });
});
module.exports = router;
