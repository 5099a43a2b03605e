const crypto = require('crypto');
const argon2 = require('argon2');
const users = require('../db/users');
const sessions = require('../db/sessions');

async function verifyLogin(email, password) {
  const user = await users.byEmail(String(email));
  if (!user || !(await argon2.verify(user.passwordHash, String(password)))) return null;
  const token = crypto.randomBytes(32).toString('base64url');
  await sessions.create(user.id, token);
  return { token };
}

module.exports = { verifyLogin };
