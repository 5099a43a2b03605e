const path = require('path');

const INVOICE_DIR = path.resolve('/srv/app/invoices');

function invoicePath(name) {
  return path.join(INVOICE_DIR, decodeURIComponent(name));
}

module.exports = { invoicePath };
