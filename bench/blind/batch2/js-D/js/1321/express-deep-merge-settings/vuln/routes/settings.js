const express = require('express');
const { deepMerge } = require('../lib/merge');
const store = require('../lib/settingsStore');

const router = express.Router();

router.patch('/me/settings', express.json(), async (req, res) => {
  const current = await store.load(req.user.id);
  const updated = deepMerge(current, req.body);
  await store.save(req.user.id, updated);
  res.json(updated);
});

router.get('/me/settings', async (req, res) => {
  res.json(await store.load(req.user.id));
});

module.exports = router;
