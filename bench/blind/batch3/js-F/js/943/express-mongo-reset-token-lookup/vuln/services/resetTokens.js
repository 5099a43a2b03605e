const bcrypt = require('bcrypt');

async function consumeResetToken(db, token, newPassword) {
  const hash = await bcrypt.hash(String(newPassword), 12);
  const result = await db.collection('users').findOneAndUpdate( // cg-expect: CWE-943
    { resetToken: token, resetExpires: { $gt: new Date() } },
    { $set: { passwordHash: hash }, $unset: { resetToken: '', resetExpires: '' } },
    { returnDocument: 'after' },
  );
  return result;
}

module.exports = { consumeResetToken };
