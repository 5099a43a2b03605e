const crypto = require('crypto');

function tokenFor(email) {
  return crypto.createHmac('sha256', process.env.VERIFY_SECRET).update(email.toLowerCase()).digest('hex');
}

function checkToken(email, token) {
  const expected = Buffer.from(tokenFor(email));
  const given = Buffer.from(String(token));
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

module.exports = { tokenFor, checkToken };
