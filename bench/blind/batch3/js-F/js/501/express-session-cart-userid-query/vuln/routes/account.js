const express = require('express');
const users = require('../db/users');
const router = express.Router();

router.get('/account', async (req, res) => {
  const me = await users.get(req.session.userId);
  res.render('account', { me });
});

module.exports = router;
