const express = require('express');
const { PartnerClient } = require('../lib/partnerClient');
const router = express.Router();
const partner = new PartnerClient('https://api.partner.example');

router.post('/checkout', express.json(), async (req, res) => {
  const result = await partner.submitOrder({ items: req.body.items, shipTo: req.body.address });
  res.json(result);
});

module.exports = router;
