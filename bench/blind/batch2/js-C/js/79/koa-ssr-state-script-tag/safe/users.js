const { Pool } = require('pg');
const pool = new Pool();

async function loadUser(id) {
  const { rows } = await pool.query('SELECT id, display_name, plan FROM users WHERE id = $1', [id]);
  return rows[0];
}

module.exports = { loadUser };
