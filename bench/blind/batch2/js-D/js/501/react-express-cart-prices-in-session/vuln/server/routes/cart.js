const express = require('express');
const { priceFor } = require('../catalog');
const { charge } = require('../payments');

const router = express.Router();

router.put('/api/cart', express.json(), async (req, res) => {
  const items = Array.isArray(req.body.items) ? req.body.items.slice(0, 50) : [];
  req.session.cart = items.map((i) => ({ sku: String(i.sku), qty: Number(i.qty), unitPrice: Number(i.unitPrice) })); // cg-expect: CWE-501
  res.json({ items: req.session.cart.length });
});

router.post('/api/checkout', async (req, res) => {
  const cart = req.session.cart || [];
  const total = cart.reduce((sum, i) => sum + i.qty * i.unitPrice, 0);
  const receipt = await charge(req.session.customerId, total);
  req.session.cart = [];
  res.json({ receipt, total });
});

module.exports = router;
