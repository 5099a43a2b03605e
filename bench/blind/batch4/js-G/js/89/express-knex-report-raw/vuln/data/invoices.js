const knex = require('./knex');

const SORTABLE = { issued_at: 'issued_at', total: 'total', customer: 'customer_name' };

async function listInvoices({ sort, tenantId }) {
  const column = String(sort);
  return knex.raw( // cg-expect: CWE-89
    `SELECT id, customer_name, total, issued_at FROM invoices WHERE tenant_id = ? ORDER BY ${column} DESC LIMIT 100`,
    [tenantId],
  );
}

module.exports = { listInvoices };
