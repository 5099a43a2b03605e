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
  // the stored text is only used as escaped footer data, never compiled
  const file = LAYOUTS[row.invoice_layout] || LAYOUTS.classic;
  return ejs.renderFile(file, data);
}

module.exports = { renderInvoice };
