const express = require('express');
const { searchProducts } = require('./products');

const app = express();

app.get('/api/products', async (req, res, next) => {
  try {
    const q = String(req.query.q || '');
    const page = Math.max(1, parseInt(req.query.page, 10) || 1);
    const rows = await searchProducts(q, page);
    res.json({ page, rows });
  } catch (err) {
    next(err);
  }
});

app.listen(3000);
