const { Pool } = require('pg');
const pool = new Pool();

async function priceFor(sku) {
  const { rows } = await pool.query('SELECT price_cents FROM products WHERE sku = $1 AND active', [sku]);
  return rows.length ? rows[0].price_cents : null;
}

module.exports = { priceFor };
