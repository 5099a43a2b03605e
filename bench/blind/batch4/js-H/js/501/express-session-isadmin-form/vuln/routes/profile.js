const express = require('express');
const { updateProfile } = require('../services/profile');
const router = express.Router();

router.post('/profile', express.urlencoded({ extended: true }), async (req, res) => {
  const saved = await updateProfile(req.session.user.id, { displayName: req.body.displayName, timezone: req.body.timezone });
  Object.assign(req.session.user, req.body); // cg-expect: CWE-501
  res.redirect('/profile');
});
module.exports = router;
