const User = require('../models/User');

async function findUserByCredentials(username, pin) {
  return User.findOne({ username, pin }).lean(); // cg-expect: CWE-943
}

module.exports = { findUserByCredentials };
