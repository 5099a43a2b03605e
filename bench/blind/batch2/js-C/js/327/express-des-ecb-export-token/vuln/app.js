const express = require('express');
const { sealToken, openToken } = require('./tokens');

const app = express();

app.post('/exports/:accountId', (req, res) => {
  const token = sealToken({ accountId: req.params.accountId, exp: Date.now() + 3600e3 });
  res.json({ download: `/exports/download?t=${encodeURIComponent(token)}` });
});

app.get('/exports/download', (req, res) => {
  const payload = openToken(String(req.query.t));
  if (!payload || payload.exp < Date.now()) return res.sendStatus(403);
  res.attachment(`export-${payload.accountId}.csv`).send('id,amount\n');
});

app.listen(3000);
