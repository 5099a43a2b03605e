const express = require('express');
const { quote } = require('./pricing');

const app = express();
app.use(express.json());

app.post('/api/quotes', (req, res) => {
  const { items, discountRule } = req.body;
  if (!Array.isArray(items)) return res.status(400).json({ error: 'items must be an array' });
  try {
    res.json(quote(items, discountRule));
  } catch (e) {
    res.status(422).json({ error: 'could not price order' });
  }
});

app.listen(3000);
