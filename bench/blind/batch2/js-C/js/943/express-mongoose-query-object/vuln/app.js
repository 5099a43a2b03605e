const express = require('express');
const { findProducts } = require('./products');

const app = express();
app.set('query parser', 'extended');

app.get('/api/products', async (req, res, next) => {
  try {
    res.json(await findProducts(req.query));
  } catch (e) {
    next(e);
  }
});

app.listen(3000);
