const express = require('express');
const bcrypt = require('bcrypt');
const db = require('../db');
const { issueToken, requireAuth } = require('../middleware/requireAuth');

const router = express.Router();
router.use(express.json());

router.post('/session', async (req, res) => {
  const { email, password } = req.body || {};
  const { rows } = await db.query('SELECT id, role, password_hash FROM users WHERE email = $1', [String(email || '')]);
  const user = rows[0];
  if (!user || !(await bcrypt.compare(String(password || ''), user.password_hash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  res.json({ token: issueToken(user) });
});

router.get('/me', requireAuth, (req, res) => res.json({ id: req.user.sub, role: req.user.role }));

module.exports = router;
