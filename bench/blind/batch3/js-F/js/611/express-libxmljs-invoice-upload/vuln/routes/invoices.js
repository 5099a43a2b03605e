const express = require('express');
const multer = require('multer');
const { parseInvoice } = require('../lib/invoiceXml');
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 1 << 20 } });
const router = express.Router();

router.post('/invoices/import', upload.single('invoice'), (req, res) => {
  const invoice = parseInvoice(req.file.buffer.toString('utf8'));
  res.json(invoice);
});

module.exports = router;
