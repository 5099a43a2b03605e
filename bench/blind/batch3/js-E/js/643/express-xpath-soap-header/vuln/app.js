const express = require('express');
const { accountSummary } = require('./accounts');

const app = express();

app.get('/api/account', (req, res) => {
  const accountId = req.get('X-Account-Id');
  if (!accountId) return res.status(400).json({ error: 'X-Account-Id header required' });
  const summary = accountSummary(accountId, req.user.id);
  if (!summary) return res.sendStatus(404);
  res.json(summary);
});

app.listen(3000);
