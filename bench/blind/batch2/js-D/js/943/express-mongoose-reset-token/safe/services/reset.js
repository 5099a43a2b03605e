const User = require('../models/user');

async function findResetTarget(email, token) {
  if (typeof email !== 'string' || typeof token !== 'string') {
    return null;
  }
  return User.findOne({
    email,
    resetToken: token,
    resetExpires: { $gt: new Date() },
  });
}

module.exports = { findResetTarget };
