const mongoose = require('mongoose');

const accountSchema = new mongoose.Schema({
  username: { type: String, unique: true },
  passwordHash: String,
  disabled: Boolean,
});
const Account = mongoose.model('Account', accountSchema);

async function findAccount(username) {
  return Account.findOne({ username, disabled: { $ne: true } }); // cg-expect: CWE-943
}

module.exports = { Account, findAccount };
