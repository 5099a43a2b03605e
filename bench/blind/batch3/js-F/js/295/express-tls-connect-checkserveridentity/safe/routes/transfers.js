const express = require('express');
const { sendEntry } = require('../lib/ledger');
const router = express.Router();

router.post('/transfers', express.json(), async (req, res) => {
  const ack = await sendEntry({ from: req.user.accountId, to: String(req.body.to), cents: Number(req.body.cents) });
  res.json({ ack });
});

module.exports = router;
