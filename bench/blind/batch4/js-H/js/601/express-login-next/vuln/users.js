const bcrypt = require('bcrypt');
const db = require('./db');
async function verifyUser(email, password) {
  const user = await db.oneOrNone('SELECT id, pw_hash FROM users WHERE email = $1', [email]);
  if (user && await bcrypt.compare(password, user.pw_hash)) return user;
  return null;
}
module.exports = { verifyUser };
