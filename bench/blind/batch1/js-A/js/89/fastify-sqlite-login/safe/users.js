const Database = require('better-sqlite3');

const db = new Database('/var/lib/app/users.db', { readonly: false });

function findUserByName(username) {
  const stmt = db.prepare('SELECT id, role, password_hash FROM users WHERE username = ? AND disabled = 0');
  return stmt.get(String(username));
}

module.exports = { findUserByName };
