const crypto = require('crypto');

function newResetToken() {
  return crypto.randomBytes(32).toString('hex');
}

function jitter(ms) {
  // retry back-off spread, not security relevant
  return Math.floor(ms * (0.5 + Math.random()));
}

module.exports = { newResetToken, jitter };
