const fs = require('fs');
const path = require('path');
const INVOICE_DIR = path.resolve('/srv/billing/invoices');

function openInvoice(name) {
  const cleaned = name.replace('../', '');
  const full = path.join(INVOICE_DIR, cleaned);
  return fs.createReadStream(full); // cg-expect: CWE-22
}
module.exports = { openInvoice };
