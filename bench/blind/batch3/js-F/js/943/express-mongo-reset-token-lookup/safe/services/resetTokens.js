const bcrypt = require('bcrypt');

async function consumeResetToken(db, token, newPassword) {
  const hash = await bcrypt.hash(String(newPassword), 12);
  if (typeof token !== 'string' || token.length !== 64) return null;
  const result = await db.collection('users').findOneAndUpdate(
    { resetToken: token, resetExpires: { $gt: new Date() } },
    { $set: { passwordHash: hash }, $unset: { resetToken: '', resetExpires: '' } },
    { returnDocument: 'after' },
  );
  return result;
}

module.exports = { consumeResetToken };
