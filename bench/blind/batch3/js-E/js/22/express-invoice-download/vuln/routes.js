const express = require('express');
const { invoicePath } = require('./files');

const router = express.Router();

router.get('/invoices/:name', (req, res) => {
  const p = invoicePath(req.params.name);
  if (!p) return res.status(400).send('bad name');
  res.sendFile(p); // cg-expect: CWE-22
});

router.get('/invoices', (req, res) => {
  res.json({ hint: 'GET /invoices/<number>.pdf' });
});

module.exports = router;
