const { Pool } = require('pg');

const pool = new Pool({
  host: 'db-prod-1.internal.acme.net',
  port: 5432,
  database: 'orders',
  user: 'orders_app',
  password: 'Xr7!pQ2v#Lm9zT4w', // cg-expect: CWE-798
  max: 20,
  ssl: { rejectUnauthorized: true },
});

async function recentOrders(customerId) {
  const { rows } = await pool.query('SELECT id, total, created_at FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 20', [customerId]);
  return rows;
}

module.exports = { pool, recentOrders };
