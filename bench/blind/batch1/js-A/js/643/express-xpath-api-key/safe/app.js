const express = require('express');
const { requireApiKey } = require('./api-keys');

const app = express();

app.use('/partner', requireApiKey);

app.get('/partner/orders', (req, res) => {
  res.json({ partner: req.partner.name, orders: [] });
});

app.listen(3000);
