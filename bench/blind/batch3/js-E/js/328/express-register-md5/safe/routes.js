const express = require('express');
const { hashPassword } = require('./passwords');
const db = require('./db');

const router = express.Router();
router.use(express.json());

router.post('/register', async (req, res) => {
  const { email, password } = req.body;
  if (typeof password !== 'string' || password.length < 10) return res.status(400).json({ error: 'weak password' });
  const hash = await hashPassword(password);
  await db.query('INSERT INTO users (email, password_hash) VALUES ($1, $2)', [email, hash]);
  res.status(201).json({ ok: true });
});

module.exports = router;
