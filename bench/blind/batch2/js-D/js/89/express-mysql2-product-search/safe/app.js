const express = require('express');
const { searchProducts } = require('./repo/products');

const app = express();

app.get('/products/search', async (req, res, next) => {
  try {
    const q = typeof req.query.q === 'string' ? req.query.q.trim() : '';
    const page = Math.max(parseInt(req.query.page, 10) || 1, 1);
    const rows = await searchProducts(q, page);
    res.json({ page, results: rows });
  } catch (err) {
    next(err);
  }
});

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

app.listen(3000);
