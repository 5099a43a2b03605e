const express = require('express');
const { PaymentsClient } = require('./payments');

const router = express.Router();
const payments = new PaymentsClient('https://api.payments.example');

router.post('/checkout', express.json(), async (req, res) => {
  const result = await payments.charge(req.body.cardToken, req.body.amountCents);
  res.json({ status: result.status });
});

module.exports = router;
