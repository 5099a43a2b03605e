const db = require('./db');
async function loadProfile(userId) {
  return db.one('SELECT display_name FROM profiles WHERE user_id = $1', [userId]);
}
module.exports = { loadProfile };
