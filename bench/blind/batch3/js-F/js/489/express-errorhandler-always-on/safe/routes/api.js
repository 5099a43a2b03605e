const express = require('express');
const orders = require('../db/orders');
const router = express.Router();

router.get('/status', (req, res) => {
  res.json({ up: true, version: process.env.APP_VERSION });
});

router.get('/orders/:id', async (req, res, next) => {
  try {
    const order = await orders.get(req.params.id);
    if (!order) return res.status(404).json({ error: 'not found' });
    res.json(order);
  } catch (err) {
    next(err);
  }
});

router.post('/orders', express.json(), async (req, res, next) => {
  try {
    const id = await orders.create({ items: req.body.items, customerId: req.user.id });
    res.status(201).json({ id });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
