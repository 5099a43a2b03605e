const bcrypt = require('bcrypt');

async function consumeResetToken(users, email, token, newPassword) {
  if (typeof email !== 'string' || typeof token !== 'string') return false;
  const user = await users.findOne({ email: { $eq: email }, resetToken: { $eq: token }, resetExpires: { $gt: new Date() } });
  if (!user) return false;
  const passwordHash = await bcrypt.hash(newPassword, 12);
  await users.updateOne(
    { _id: user._id },
    { $set: { passwordHash }, $unset: { resetToken: '', resetExpires: '' } },
  );
  return true;
}

module.exports = { consumeResetToken };
