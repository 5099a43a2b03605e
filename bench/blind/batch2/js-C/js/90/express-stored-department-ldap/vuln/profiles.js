const { Pool } = require('pg');
const pool = new Pool();

async function getProfile(userId) {
  const { rows } = await pool.query('SELECT id, department FROM profiles WHERE id = $1', [userId]);
  return rows[0] || null;
}

module.exports = { getProfile };
