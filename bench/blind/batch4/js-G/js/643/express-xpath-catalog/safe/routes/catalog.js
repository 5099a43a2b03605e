const express = require('express');
const { lookupProduct } = require('../lib/catalog');

const router = express.Router();

router.get('/catalog/:code', (req, res) => {
  const product = lookupProduct(req.params.code);
  if (!product) {
    return res.status(404).send('not found');
  }
  res.json(product);
});

module.exports = router;
