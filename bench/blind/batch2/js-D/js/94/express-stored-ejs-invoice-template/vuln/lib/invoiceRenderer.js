const ejs = require('ejs');
const path = require('path');

const LAYOUTS = {
  classic: path.join(__dirname, '..', 'templates', 'invoice-classic.ejs'),
  compact: path.join(__dirname, '..', 'templates', 'invoice-compact.ejs'),
};

async function renderInvoice(row) {
  const data = {
    number: row.number,
    workspace: row.workspace,
    total: (row.total_cents / 100).toFixed(2),
    footer: row.invoice_template || '',
  };
  const body = ejs.render(row.invoice_template || '<h1>Invoice <%= number %></h1>', data); // cg-expect: CWE-94
  return body;
}

module.exports = { renderInvoice };
