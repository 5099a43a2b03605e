const express = require('express');
const { invoicePath } = require('./storage');

const app = express();

app.use((req, res, next) => {
  if (!req.get('x-account-id')) return res.status(401).json({ error: 'login required' });
  next();
});

app.get('/invoices', (req, res) => {
  res.json({ hint: 'GET /invoices/<file>.pdf to download' });
});

app.get('/invoices/:file', (req, res) => {
  const abs = invoicePath(req.params.file);
  if (!abs) return res.sendStatus(400);
  res.sendFile(abs);
});

app.listen(3000);
