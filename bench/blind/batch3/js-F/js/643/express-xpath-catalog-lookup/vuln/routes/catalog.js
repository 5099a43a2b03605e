const express = require('express');
const { findProduct } = require('../lib/catalog');
const router = express.Router();

router.get('/product', (req, res) => {
  const product = findProduct(String(req.query.sku || ''));
  if (!product) return res.sendStatus(404);
  res.json(product);
});

module.exports = router;
