const express = require('express');
const { deepMerge } = require('./utils/deepMerge');
const store = require('./settingsStore');

const DEFAULTS = {
  notifications: { email: true, sms: false, digest: 'weekly' },
  privacy: { profileVisible: true, showEmail: false },
  ui: { theme: 'light', density: 'comfortable' },
};

const router = express.Router();
router.use(express.json());

router.patch('/me/settings', async (req, res) => {
  const current = (await store.load(req.user.id)) || structuredClone(DEFAULTS);
  const updated = deepMerge(current, req.body);
  await store.save(req.user.id, updated);
  res.json(updated);
});

router.get('/me/settings', async (req, res) => {
  res.json((await store.load(req.user.id)) || DEFAULTS);
});

module.exports = router;
