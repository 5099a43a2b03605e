const express = require('express');
const { deepMerge } = require('../lib/merge');
const store = require('../lib/store');

const router = express.Router();
router.use(express.json());

router.patch('/tenants/:id/settings', async (req, res) => {
  const current = await store.getSettings(req.params.id);
  const updated = deepMerge(current, req.body);
  await store.saveSettings(req.params.id, updated);
  res.json(updated);
});

module.exports = router;
