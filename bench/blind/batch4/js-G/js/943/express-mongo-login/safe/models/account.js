const mongoose = require('mongoose');

const accountSchema = new mongoose.Schema({
  username: { type: String, unique: true },
  passwordHash: String,
  disabled: Boolean,
});
const Account = mongoose.model('Account', accountSchema);

async function findAccount(username) {
  if (typeof username !== 'string') return null;
  return Account.findOne({ username: { $eq: username }, disabled: { $ne: true } });
}

module.exports = { Account, findAccount };
