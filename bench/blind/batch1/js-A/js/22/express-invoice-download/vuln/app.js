const express = require('express');
const path = require('path');
const { requireUser } = require('./auth');

const app = express();
const INVOICE_DIR = path.join(__dirname, 'storage', 'invoices');

app.get('/invoices/download', requireUser, (req, res) => {
  const file = String(req.query.file || '');
  if (!file.endsWith('.pdf')) {
    return res.status(400).send('Only PDF invoices can be downloaded');
  }
  const fullPath = path.join(INVOICE_DIR, req.user.accountId, file);
  res.download(fullPath, path.basename(file), (err) => { // cg-expect: CWE-22
    if (err && !res.headersSent) res.status(404).send('Invoice not found');
  });
});

app.listen(3000);
