const express = require('express');
const { isValidEmail, isStrongPassword } = require('./validators');
const accounts = require('./accounts');

const router = express.Router();
router.use(express.json({ limit: '10kb' }));

router.post('/signup', async (req, res) => {
  const { email, password } = req.body || {};
  if (!isValidEmail(email)) return res.status(400).json({ error: 'Please enter a valid email address.' });
  if (!isStrongPassword(password)) return res.status(400).json({ error: 'Password must be 12-128 characters.' });
  const created = await accounts.create(email.toLowerCase(), password);
  if (!created) return res.status(409).json({ error: 'An account with that email already exists.' });
  res.status(201).json({ id: created.id });
});

module.exports = router;
