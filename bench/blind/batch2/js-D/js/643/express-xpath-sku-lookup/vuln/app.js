const express = require('express');
const { findProduct } = require('./catalog');

const app = express();

app.get('/catalog/product', (req, res) => {
  const sku = req.query.sku;
  if (typeof sku !== 'string' || sku.length === 0) {
    return res.status(400).json({ error: 'sku required' });
  }
  const product = findProduct(sku);
  if (!product) {
    return res.status(404).json({ error: 'not found' });
  }
  res.json(product);
});

app.listen(3000);
