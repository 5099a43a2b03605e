const express = require('express');
const { inventory } = require('./clients/inventory');

const app = express();

app.get('/api/stock/:sku', async (req, res) => {
  try {
    const { data } = await inventory.get(`/v2/stock/${encodeURIComponent(req.params.sku)}`);
    res.json({ sku: req.params.sku, available: data.available, warehouse: data.warehouse });
  } catch (err) {
    res.status(502).json({ error: 'inventory unavailable' });
  }
});

app.get('/api/stock', async (req, res) => {
  const { data } = await inventory.get('/v2/stock', { params: { page: Number(req.query.page) || 1 } });
  res.json(data);
});

app.listen(3000);
