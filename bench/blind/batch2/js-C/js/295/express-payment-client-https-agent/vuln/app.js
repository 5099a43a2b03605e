const express = require('express');
const { charge } = require('./paymentClient');

const app = express();
app.use(express.json());

app.post('/checkout', async (req, res) => {
  const result = await charge(req.body.cardToken, Number(req.body.amountCents));
  res.json({ status: result.status });
});

app.listen(3000);
