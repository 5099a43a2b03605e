const { MongoClient } = require('mongodb');
const crypto = require('crypto');

const client = new MongoClient(process.env.MONGO_URL);
const users = client.db('shop').collection('users');

function digest(code) {
  return crypto.createHash('sha256').update(String(code)).digest('hex');
}

// One-time login codes are emailed to the user; the code itself is matched in the query.
async function findUserForLogin(username, code) {
  const filter = { username, loginCode: code, loginCodeExpires: { $gt: new Date() }, active: true };
  const user = await users.findOneAndUpdate(filter, { $unset: { loginCode: '' } }); // cg-expect: CWE-943
  return user || null;
}

module.exports = { findUserForLogin };
