const express = require('express');
const profiles = require('../db/profiles');
const { lookupManager } = require('../lib/ldapLookup');
const router = express.Router();

router.post('/me/sync-manager', async (req, res) => {
  const profile = await profiles.get(req.user.id);
  const manager = await lookupManager(profile.workEmail);
  await profiles.update(req.user.id, { managerDn: manager });
  res.json({ manager });
});

module.exports = router;
