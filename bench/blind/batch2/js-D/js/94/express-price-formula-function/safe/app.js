const express = require('express');
const { previewPrice } = require('./pricing');

const app = express();
app.use(express.json({ limit: '16kb' }));

app.post('/api/pricing/preview', (req, res) => {
  const { formula, basePrice, quantity } = req.body;
  if (typeof formula !== 'string') {
    return res.status(400).json({ error: 'formula must be a string' });
  }
  try {
    const total = previewPrice(formula, Number(basePrice), Number(quantity));
    res.json({ total });
  } catch (e) {
    res.status(422).json({ error: 'formula rejected' });
  }
});

app.get('/api/pricing/variables', (req, res) => {
  res.json({ variables: ['base', 'qty', 'discount'] });
});

app.listen(3000);
