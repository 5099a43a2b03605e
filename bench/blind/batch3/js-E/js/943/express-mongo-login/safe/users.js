const { MongoClient } = require('mongodb');
const crypto = require('crypto');

const client = new MongoClient(process.env.MONGO_URL);
const users = client.db('shop').collection('users');

function digest(code) {
  return crypto.createHash('sha256').update(String(code)).digest('hex');
}

// One-time login codes are emailed to the user; the code itself is matched in the query.
async function findUserForLogin(username, code) {
  if (typeof username !== 'string' || typeof code !== 'string') return null;
  const filter = { username: { $eq: username }, loginCode: { $eq: code }, loginCodeExpires: { $gt: new Date() }, active: true };
  const user = await users.findOneAndUpdate(filter, { $unset: { loginCode: '' } });
  return user || null;
}

module.exports = { findUserForLogin };
