const bcrypt = require('bcrypt');
const db = require('./db');

async function create(email, password) {
  const hash = await bcrypt.hash(password, 12);
  const { rows } = await db.query(
    'INSERT INTO accounts (email, password_hash) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING RETURNING id',
    [email, hash]
  );
  return rows[0] || null;
}

async function findByEmail(email) {
  const { rows } = await db.query('SELECT id, email, password_hash FROM accounts WHERE email = $1', [email]);
  return rows[0] || null;
}

module.exports = { create, findByEmail };
