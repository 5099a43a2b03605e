const mysql = require('mysql2/promise');

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'shop',
});

const PAGE_SIZE = 25;

async function searchProducts(q, page) {
  const offset = (page - 1) * PAGE_SIZE;
  const sql =
    "SELECT id, name, price FROM products WHERE visible = 1 AND name LIKE CONCAT('%', ?, '%') " +
    `ORDER BY name LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
  const [rows] = await pool.query(sql, [q]);
  return rows;
}

module.exports = { searchProducts };
