const bcrypt = require('bcrypt');
const db = require('../db');

async function verifyPassword(email, password) {
  const [rows] = await db.execute('SELECT id, password_hash FROM users WHERE email = ?', [String(email)]);
  if (!rows.length) return null;
  const ok = await bcrypt.compare(String(password), rows[0].password_hash);
  return ok ? { id: rows[0].id } : null;
}

module.exports = { verifyPassword };
