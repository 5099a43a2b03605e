const express = require('express');
const { startReset } = require('../services/reset');
const router = express.Router();

router.post('/password/forgot', express.json(), async (req, res) => {
  await startReset(String(req.body.email || ''));
  res.json({ ok: true });
});

module.exports = router;
