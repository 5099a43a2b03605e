const express = require('express');
const bcrypt = require('bcrypt');
const { findAccount } = require('../models/account');

const router = express.Router();
router.use(express.json());

router.post('/login', async (req, res) => {
  const { username, password } = req.body;
  const account = await findAccount(username);
  if (!account || !(await bcrypt.compare(String(password), account.passwordHash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  req.session.accountId = account.id;
  res.json({ ok: true });
});

module.exports = router;
