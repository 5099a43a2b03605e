const express = require('express');
const users = require('../db/users');
const router = express.Router();

router.post('/support/view-as', async (req, res) => {
  const target = await users.get(String(req.query.userId));
  if (!target) return res.sendStatus(404);
  const caller = await users.get(req.session.userId);
  if (!caller || caller.role !== 'support') return res.sendStatus(403);
  req.session.impersonatorId = caller.id;
  req.session.userId = target.id;
  res.redirect('/account');
});

module.exports = router;
