const { MongoClient } = require('mongodb');
const bcrypt = require('bcrypt');

const client = new MongoClient('mongodb://mongo:27017');
const users = client.db('app').collection('users');

async function completeReset(token, newPassword) {
  if (typeof token !== 'string' || token.length !== 64) return false;
  const passwordHash = await bcrypt.hash(newPassword, 12);
  const result = await users.findOneAndUpdate(
    { resetToken: token, resetExpires: { $gt: new Date() } },
    { $set: { passwordHash }, $unset: { resetToken: '', resetExpires: '' } },
  );
  return Boolean(result);
}

module.exports = { completeReset };
