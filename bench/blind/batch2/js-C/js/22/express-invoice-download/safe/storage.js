const path = require('path');

const INVOICE_DIR = path.resolve('/srv/app/invoices');

function invoicePath(name) {
  const abs = path.resolve(INVOICE_DIR, name);
  if (!abs.startsWith(INVOICE_DIR + path.sep)) return null;
  return abs;
}

module.exports = { invoicePath };
