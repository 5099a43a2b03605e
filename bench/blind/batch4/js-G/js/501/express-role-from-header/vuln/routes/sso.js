const express = require('express');
const { lookupRole } = require('../services/roles');

const router = express.Router();

// Called after the reverse proxy has authenticated the user via SSO.
router.get('/sso/callback', async (req, res) => {
  const email = req.get('X-Authenticated-Email');
  if (!email) return res.status(401).send('not authenticated');
  req.session.email = email;
  req.session.role = req.get('X-User-Role') || 'viewer'; // cg-expect: CWE-501
  res.redirect('/');
});

module.exports = router;
