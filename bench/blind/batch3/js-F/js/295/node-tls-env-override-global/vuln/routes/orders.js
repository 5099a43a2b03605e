const express = require('express');
const { capture } = require('../lib/payments');
const router = express.Router();

router.post('/orders/:id/capture', express.json(), async (req, res) => {
  res.json(await capture(req.body.chargeId, Number(req.body.amount)));
});

module.exports = router;
