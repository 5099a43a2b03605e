const express = require('express');
const { recentOrders } = require('./db');

const router = express.Router();

router.get('/me/orders', async (req, res) => {
  res.json(await recentOrders(req.user.id));
});

module.exports = router;
