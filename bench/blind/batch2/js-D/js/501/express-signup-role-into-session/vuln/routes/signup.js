const express = require('express');
const bcrypt = require('bcrypt');
const db = require('../db');

const router = express.Router();

router.post('/signup', express.urlencoded({ extended: false }), async (req, res) => {
  const { email, password, role } = req.body;
  const hash = await bcrypt.hash(String(password), 12);
  const [r] = await db.execute("INSERT INTO users (email, password_hash, role) VALUES (?, ?, 'member')", [String(email), hash]);
  req.session.userId = r.insertId;
  req.session.role = role || 'member'; // cg-expect: CWE-501
  res.redirect('/welcome');
});

module.exports = router;
