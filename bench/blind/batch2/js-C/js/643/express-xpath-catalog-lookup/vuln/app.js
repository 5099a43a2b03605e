const express = require('express');
const { findProduct } = require('./catalog');

const app = express();

app.get('/catalog/item', (req, res) => {
  const item = findProduct(String(req.query.code || ''));
  if (!item) return res.sendStatus(404);
  res.json(item);
});

app.listen(3000);
