const express = require('express');
const { deepMerge } = require('../utils/merge');
const store = require('../store');
const router = express.Router();

router.patch('/settings', express.json(), async (req, res) => {
  const current = await store.getSettings(req.user.id);
  const updated = deepMerge(current, req.body);
  await store.saveSettings(req.user.id, updated);
  res.json(updated);
});
module.exports = router;
