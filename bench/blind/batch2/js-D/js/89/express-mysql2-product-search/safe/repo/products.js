const mysql = require('mysql2/promise');

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'shop',
  connectionLimit: 10,
});

const PAGE_SIZE = 20;

async function searchProducts(q, page) {
  const offset = (page - 1) * PAGE_SIZE;
  const sql = 'SELECT id, name, price FROM products WHERE active = 1 AND name LIKE ? ' +
    `ORDER BY name LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
  const [rows] = await pool.execute(sql, [`%${q}%`]);
  return rows;
}

module.exports = { searchProducts };
