const db = require('./db');

async function load(userId) {
  const row = await db.oneOrNone('SELECT prefs FROM dashboard_settings WHERE user_id = $1', [userId]);
  return row ? row.prefs : null;
}

module.exports = { load };
