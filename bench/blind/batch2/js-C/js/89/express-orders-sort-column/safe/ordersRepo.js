const mysql = require('mysql2/promise');
const pool = mysql.createPool({ host: 'db', user: 'shop', database: 'shop' });

const SORTABLE = { created: 'created_at', total: 'total_cents', status: 'status' };

async function listForCustomer(customerId, sort = 'created', dir = 'desc') {
  const column = SORTABLE[sort] || 'created_at';
  const direction = String(dir).toLowerCase() === 'asc' ? 'ASC' : 'DESC';
  const sql = 'SELECT id, status, total_cents, created_at FROM orders WHERE customer_id = ? ORDER BY ' + column + ' ' + direction;
  const [rows] = await pool.query(sql, [customerId]);
  return rows;
}

module.exports = { listForCustomer };
