const db = require('./db');

async function byHandle(handle) {
  return db.oneOrNone('SELECT handle, display_name AS "displayName", created_at AS "createdAt" FROM users WHERE handle = $1', [handle]);
}

module.exports = { byHandle };
