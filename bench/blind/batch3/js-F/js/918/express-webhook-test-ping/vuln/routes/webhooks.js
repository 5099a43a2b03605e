const express = require('express');
const { pingWebhook } = require('../services/webhook');
const router = express.Router();

router.post('/webhooks/test', express.json(), async (req, res) => {
  try {
    const status = await pingWebhook(req.body.url);
    res.json({ status });
  } catch (e) {
    res.status(400).json({ error: e.message });
  }
});

module.exports = router;
