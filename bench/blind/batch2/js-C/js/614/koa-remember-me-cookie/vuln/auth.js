const bcrypt = require('bcrypt');
const crypto = require('crypto');
const db = require('./db');

async function verifyUser(username, password) {
  const user = await db.users.findByName(String(username));
  if (!user) return null;
  return (await bcrypt.compare(String(password), user.passwordHash)) ? user : null;
}

async function issueRememberToken(userId) {
  const token = crypto.randomBytes(32).toString('hex');
  await db.rememberTokens.insert({ userId, digest: crypto.createHash('sha256').update(token).digest('hex') });
  return token;
}

module.exports = { verifyUser, issueRememberToken };
