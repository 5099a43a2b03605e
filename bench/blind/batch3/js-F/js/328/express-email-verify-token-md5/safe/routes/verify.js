const express = require('express');
const { checkToken } = require('../lib/verifyToken');
const users = require('../db/users');
const router = express.Router();

router.get('/verify', async (req, res) => {
  const { email, token } = req.query;
  if (!checkToken(String(email), token)) return res.status(400).send('Invalid link');
  await users.markVerified(String(email));
  res.redirect('/welcome');
});

module.exports = router;
