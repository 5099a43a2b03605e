const { Pool } = require('pg');
const pool = new Pool();

async function getProfile(handle) {
  const { rows } = await pool.query('SELECT handle, display_name, bio FROM profiles WHERE handle = $1', [handle]);
  return rows[0] || null;
}

module.exports = { getProfile };
