const db = require('../db');
async function updateProfile(id, { displayName, timezone }) {
  return db.one('UPDATE users SET display_name = $2, timezone = $3 WHERE id = $1 RETURNING id, display_name, timezone', [id, String(displayName), String(timezone)]);
}
module.exports = { updateProfile };
