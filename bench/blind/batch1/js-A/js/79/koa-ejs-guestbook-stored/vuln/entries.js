const { Pool } = require('pg');

const pool = new Pool();

async function add(name, message) {
  await pool.query('INSERT INTO guestbook (name, message, created_at) VALUES ($1, $2, now())', [name, message]);
}

async function latest(limit) {
  const { rows } = await pool.query('SELECT name, message, created_at FROM guestbook ORDER BY created_at DESC LIMIT $1', [limit]);
  return rows.map((r) => ({ ...r, message: r.message.replace(/\n/g, '<br>') }));
}

module.exports = { add, latest };
