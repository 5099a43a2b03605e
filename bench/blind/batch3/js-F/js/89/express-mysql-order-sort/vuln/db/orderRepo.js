const mysql = require('mysql2/promise');
const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });

const SORTABLE = { date: 'created_at', total: 'total_cents', status: 'status' };

async function listOrders(customerId, sort) {
  const column = SORTABLE[sort] || 'created_at';
  const sql = `SELECT id, total_cents, status FROM orders WHERE customer_id = '${customerId}' ORDER BY ${column}`;
  const [rows] = await pool.query(sql); // cg-expect: CWE-89
  return rows;
}

module.exports = { listOrders };
