const express = require('express');
const { findUserByCredentials } = require('../services/users');
const router = express.Router();

router.post('/login', express.json(), async (req, res) => {
  const user = await findUserByCredentials(req.body.username, req.body.pin);
  if (!user) return res.status(401).json({ error: 'invalid' });
  req.session.userId = user.id;
  res.json({ ok: true });
});

module.exports = router;
