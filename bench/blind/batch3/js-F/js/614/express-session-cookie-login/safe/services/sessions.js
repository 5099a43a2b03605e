const crypto = require('crypto');
const users = require('../db/users');

async function issueSession(username, password) {
  const user = await users.verify(username, password);
  if (!user) return null;
  const token = crypto.randomBytes(32).toString('hex');
  await users.storeSession(user.id, token);
  return token;
}

module.exports = { issueSession };
