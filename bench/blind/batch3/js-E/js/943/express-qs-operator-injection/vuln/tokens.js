const mongoose = require('mongoose');

const ResetToken = mongoose.model('ResetToken', new mongoose.Schema({ token: String, user: { type: mongoose.Schema.Types.ObjectId, ref: 'User' }, expiresAt: Date }));

async function consumeResetToken(token) {
  const doc = await ResetToken.findOneAndDelete({ token, expiresAt: { $gt: new Date() } }).populate('user'); // cg-expect: CWE-943
  return doc ? doc.user : null;
}

module.exports = { consumeResetToken };
