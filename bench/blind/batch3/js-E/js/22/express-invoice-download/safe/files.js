const path = require('path');

const INVOICE_DIR = path.resolve('/srv/billing/invoices');

function invoicePath(name) {
  if (!name.endsWith('.pdf')) return null;
  const full = path.resolve(INVOICE_DIR, name);
  if (!full.startsWith(INVOICE_DIR + path.sep)) return null;
  return path.join(INVOICE_DIR, path.relative(INVOICE_DIR, full));
}

module.exports = { invoicePath, INVOICE_DIR };
