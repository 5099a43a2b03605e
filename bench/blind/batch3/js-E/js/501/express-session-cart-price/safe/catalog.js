const db = require('./db');

async function bySku(sku) {
  const { rows } = await db.query('SELECT sku, name, price FROM products WHERE sku = $1 AND active', [sku]);
  return rows[0] || null;
}

module.exports = { bySku };
