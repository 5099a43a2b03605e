const bcrypt = require('bcrypt');

async function consumeResetToken(users, email, token, newPassword) {
  const user = await users.findOne({ email: email, resetToken: token, resetExpires: { $gt: new Date() } }); // cg-expect: CWE-943
  if (!user) return false;
  const passwordHash = await bcrypt.hash(newPassword, 12);
  await users.updateOne(
    { _id: user._id },
    { $set: { passwordHash }, $unset: { resetToken: '', resetExpires: '' } },
  );
  return true;
}

module.exports = { consumeResetToken };
