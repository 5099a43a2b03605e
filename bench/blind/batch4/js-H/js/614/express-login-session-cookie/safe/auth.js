const crypto = require('crypto');
const bcrypt = require('bcrypt');
const db = require('./db');
async function authenticate(email, password) {
  const u = await db.oneOrNone('SELECT id, pw_hash FROM users WHERE email = $1', [String(email)]);
  return u && (await bcrypt.compare(String(password), u.pw_hash)) ? u : null;
}
async function createSession(userId) {
  const sid = crypto.randomBytes(32).toString('base64url');
  await db.none('INSERT INTO sessions(id, user_id) VALUES ($1, $2)', [sid, userId]);
  return sid;
}
module.exports = { authenticate, createSession };
