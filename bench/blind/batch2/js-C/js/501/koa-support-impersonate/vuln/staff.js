const { Pool } = require('pg');
const pool = new Pool();

async function isStaff(userId) {
  const { rows } = await pool.query("SELECT 1 FROM users WHERE id = $1 AND role = 'support'", [userId]);
  return rows.length > 0;
}

module.exports = { isStaff };
