const express = require('express');
const { priceFor } = require('../lib/pricing');
const db = require('../lib/db');

const router = express.Router();

router.post('/checkout/quote', express.json(), async (req, res) => {
  const { sku, qty } = req.body;
  const rule = await db.oneOrNone('SELECT formula FROM pricing_rules WHERE sku = $1', [sku]);
  if (!rule) return res.status(404).json({ error: 'unknown sku' });
  const total = priceFor(rule.formula, { qty: Number(qty) || 1, base: 9.99 });
  res.json({ sku, total });
});

module.exports = router;
