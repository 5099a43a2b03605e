const crypto = require('crypto');
const db = require('./db');
async function issueRememberToken(userId) {
  const token = crypto.randomBytes(32).toString('hex');
  await db.none('INSERT INTO remember_tokens(user_id, sha256) VALUES ($1, $2)', [userId, crypto.createHash('sha256').update(token).digest('hex')]);
  return token;
}
module.exports = { issueRememberToken };
