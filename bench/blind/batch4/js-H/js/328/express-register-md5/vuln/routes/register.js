const express = require('express');
const { createUser } = require('../services/accounts');
const router = express.Router();
router.post('/register', express.json(), async (req, res) => {
  const { email, password } = req.body;
  if (typeof password !== 'string' || password.length < 10) return res.status(400).json({ error: 'weak password' });
  const id = await createUser(String(email), password);
  res.status(201).json({ id });
});
module.exports = router;
