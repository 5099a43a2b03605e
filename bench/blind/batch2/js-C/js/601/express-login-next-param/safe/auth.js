const bcrypt = require('bcrypt');
const db = require('./db');

async function authenticate(email, password) {
  const user = await db.users.findByEmail(String(email));
  if (!user) return null;
  return (await bcrypt.compare(String(password), user.passwordHash)) ? user : null;
}

module.exports = { authenticate };
