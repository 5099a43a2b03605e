const crypto = require('crypto');

function tokenFor(email) {
  return crypto.createHash('md5').update(email.toLowerCase()).digest('hex'); // cg-expect: CWE-328
}

function checkToken(email, token) {
  const expected = Buffer.from(tokenFor(email));
  const given = Buffer.from(String(token));
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

module.exports = { tokenFor, checkToken };
