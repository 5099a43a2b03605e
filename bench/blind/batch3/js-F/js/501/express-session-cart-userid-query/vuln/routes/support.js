const express = require('express');
const users = require('../db/users');
const router = express.Router();

router.post('/support/view-as', async (req, res) => {
  const target = await users.get(String(req.query.userId));
  if (!target) return res.sendStatus(404);
  req.session.userId = target.id; // cg-expect: CWE-501
  res.redirect('/account');
});

module.exports = router;
