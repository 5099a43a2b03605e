const express = require('express');
const { computePrice } = require('./pricing');

const app = express();
app.use(express.json());

app.post('/api/quotes/preview', (req, res) => {
  const { formula, base, qty } = req.body;
  try {
    const total = computePrice(formula, { base: Number(base), qty: Number(qty) });
    res.json({ total });
  } catch (e) {
    res.status(400).json({ error: 'bad formula' });
  }
});

app.listen(3000);
