const { Pool } = require('pg');
const pool = new Pool();

async function getReport(id) {
  const { rows } = await pool.query('SELECT * FROM reports WHERE id = $1', [id]);
  if (!rows[0]) return null;
  return { ...rows[0], titleTemplate: rows[0].title_template };
}

module.exports = { getReport };
