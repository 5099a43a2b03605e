const express = require('express');
const orders = require('./ordersRepo');

const app = express();

app.get('/api/orders', async (req, res, next) => {
  try {
    const rows = await orders.listForCustomer(req.query.customerId, req.query.sort, req.query.dir);
    res.json(rows);
  } catch (e) {
    next(e);
  }
});

app.listen(3000);
