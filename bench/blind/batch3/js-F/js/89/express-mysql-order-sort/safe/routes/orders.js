const express = require('express');
const repo = require('../db/orderRepo');
const router = express.Router();

router.get('/customers/:id/orders', async (req, res) => {
  const rows = await repo.listOrders(req.params.id, req.query.sort);
  res.json(rows);
});

module.exports = router;
