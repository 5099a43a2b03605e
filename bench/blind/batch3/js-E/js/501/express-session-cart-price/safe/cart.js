const express = require('express');
const catalog = require('./catalog');

const router = express.Router();
router.use(express.json());

router.post('/cart/items', async (req, res) => {
  const { sku, qty } = req.body;
  const product = await catalog.bySku(String(sku));
  if (!product) return res.sendStatus(404);
  req.session.cart = req.session.cart || [];
  req.session.cart.push({ sku: product.sku, qty: Math.max(1, parseInt(qty, 10) || 1), price: Number(product.price) });
  res.json({ items: req.session.cart.length });
});

router.post('/checkout', async (req, res) => {
  const total = (req.session.cart || []).reduce((s, i) => s + i.price * i.qty, 0);
  res.json({ charged: total });
});

module.exports = router;
