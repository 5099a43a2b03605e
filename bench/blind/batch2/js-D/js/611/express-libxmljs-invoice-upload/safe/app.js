const express = require('express');
const { parseInvoice } = require('./invoice');

const app = express();
app.use(express.text({ type: ['text/xml', 'application/xml'], limit: '2mb' }));

app.post('/api/invoices', (req, res) => {
  if (typeof req.body !== 'string' || !req.body.trim().startsWith('<')) {
    return res.status(415).json({ error: 'xml body expected' });
  }
  try {
    const invoice = parseInvoice(req.body);
    res.status(201).json(invoice);
  } catch (e) {
    res.status(422).json({ error: 'invalid invoice' });
  }
});

app.listen(3000);
