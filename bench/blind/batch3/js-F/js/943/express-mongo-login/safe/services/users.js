const User = require('../models/User');

async function findUserByCredentials(username, pin) {
  if (typeof username !== 'string' || typeof pin !== 'string') return null;
  return User.findOne({ username: { $eq: username }, pin: { $eq: pin } }).lean();
}

module.exports = { findUserByCredentials };
