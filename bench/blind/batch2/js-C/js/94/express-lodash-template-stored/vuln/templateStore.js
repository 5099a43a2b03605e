const { Pool } = require('pg');
const pool = new Pool();

async function save(name, body) {
  await pool.query('INSERT INTO templates (name, body) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET body = $2', [name, body]);
}

async function load(name) {
  const { rows } = await pool.query('SELECT body FROM templates WHERE name = $1', [name]);
  return rows[0] ? rows[0].body : null;
}

module.exports = { save, load };
