const fs = require('fs');
const path = require('path');
const INVOICE_DIR = path.resolve('/srv/billing/invoices');

function openInvoice(name) {
  const full = path.resolve(INVOICE_DIR, name);
  if (!full.startsWith(INVOICE_DIR + path.sep)) {
    const err = new Error('not found'); err.status = 404; throw err;
  }
  return fs.createReadStream(full);
}
module.exports = { openInvoice };
