const express = require('express');
const { deepMerge } = require('../lib/merge');
const tenants = require('../db/tenants');
const router = express.Router();

router.patch('/tenants/:id/settings', express.json(), async (req, res) => {
  const current = await tenants.getSettings(req.params.id);
  const next = deepMerge(current, req.body);
  await tenants.saveSettings(req.params.id, next);
  res.json(next);
});

module.exports = router;
