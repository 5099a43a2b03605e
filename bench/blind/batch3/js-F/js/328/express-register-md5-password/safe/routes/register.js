const express = require('express');
const { createAccount } = require('../services/accounts');
const router = express.Router();

router.post('/register', express.urlencoded({ extended: false }), async (req, res) => {
  await createAccount(req.body.email, req.body.password);
  res.redirect('/login');
});

module.exports = router;
