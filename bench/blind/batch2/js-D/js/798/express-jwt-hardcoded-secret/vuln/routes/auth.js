const express = require('express');
const bcrypt = require('bcrypt');
const db = require('../db');
const { issueToken } = require('../lib/jwt');

const router = express.Router();

router.post('/auth/token', express.json(), async (req, res) => {
  const { email, password } = req.body;
  const [rows] = await db.execute('SELECT id, password_hash, role FROM users WHERE email = ?', [String(email)]);
  if (!rows.length || !(await bcrypt.compare(String(password), rows[0].password_hash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  res.json({ token: issueToken({ sub: rows[0].id, role: rows[0].role }) });
});

module.exports = router;
