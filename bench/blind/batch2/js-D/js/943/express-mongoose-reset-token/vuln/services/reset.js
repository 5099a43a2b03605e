const User = require('../models/user');

async function findResetTarget(email, token) {
  return User.findOne({ // cg-expect: CWE-943
    email,
    resetToken: token,
    resetExpires: { $gt: new Date() },
  });
}

module.exports = { findResetTarget };
