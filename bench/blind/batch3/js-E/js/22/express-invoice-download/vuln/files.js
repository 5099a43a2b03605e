const path = require('path');

const INVOICE_DIR = path.resolve('/srv/billing/invoices');

function invoicePath(name) {
  const cleaned = name.replace('../', '');
  if (!cleaned.endsWith('.pdf')) return null;
  return path.join(INVOICE_DIR, cleaned);
}

module.exports = { invoicePath, INVOICE_DIR };
