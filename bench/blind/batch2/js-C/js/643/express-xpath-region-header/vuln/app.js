const express = require('express');
const { rateFor } = require('./rates');

const app = express();

app.get('/shipping/rate', (req, res) => {
  const region = req.get('x-region') || 'EU';
  const weight = Number(req.query.kg) || 1;
  const rate = rateFor(region, weight);
  if (rate === null) return res.status(404).json({ error: 'no rate for region' });
  res.json({ region, weight, rate });
});

app.listen(3000);
