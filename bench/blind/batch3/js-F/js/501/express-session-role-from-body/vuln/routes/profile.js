const express = require('express');
const profiles = require('../db/profiles');
const router = express.Router();

router.post('/profile', express.json(), async (req, res) => {
  const { displayName, role } = req.body;
  const saved = await profiles.update(req.session.userId, { displayName });
  req.session.displayName = saved.displayName;
  req.session.role = role || req.session.role; // cg-expect: CWE-501
  res.json(saved);
});

module.exports = router;
