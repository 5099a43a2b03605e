const mongoose = require('mongoose');

const ResetToken = mongoose.model('ResetToken', new mongoose.Schema({ token: String, user: { type: mongoose.Schema.Types.ObjectId, ref: 'User' }, expiresAt: Date }));

async function consumeResetToken(token) {
  if (typeof token !== 'string' || token.length !== 64) return null;
  const doc = await ResetToken.findOneAndDelete({ token, expiresAt: { $gt: new Date() } }).populate('user');
  return doc ? doc.user : null;
}

module.exports = { consumeResetToken };
