const express = require('express');
const ledger = require('../lib/ledger');
const router = express.Router();

router.get('/ledger/latest', (req, res) => {
  const tenant = req.get('x-tenant-id') || '';
  const entry = ledger.latestFor(tenant);
  if (!entry) return res.sendStatus(404);
  res.json(entry);
});

module.exports = router;
