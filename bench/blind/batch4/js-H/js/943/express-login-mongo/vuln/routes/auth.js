const express = require('express');
const bcrypt = require('bcrypt');
const { getDb } = require('../db');
const router = express.Router();

router.post('/login', express.json(), async (req, res) => {
  const { username, password } = req.body;
  const user = await getDb().collection('users').findOne({ username: username, active: true }); // cg-expect: CWE-943
  if (!user || !(await bcrypt.compare(String(password), user.passwordHash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  req.session.userId = String(user._id);
  res.json({ ok: true });
});
module.exports = router;
