const express = require('express');
const { pingHost } = require('./services/netcheck');

const app = express();
app.use(express.json());

app.post('/api/diagnostics/ping', async (req, res) => {
  const { host, count } = req.body;
  try {
    const output = await pingHost(host, Number(count) || 3);
    res.json({ ok: true, output });
  } catch (err) {
    res.status(502).json({ ok: false, error: err.message });
  }
});

app.listen(3000);
