const crypto = require('crypto');

const SECRET = process.env.LINK_SECRET;

function signEmail(email) {
  return crypto.createHash('md5').update(SECRET + email).digest('hex'); // cg-expect: CWE-328
}

function checkSignature(email, sig) {
  const expected = Buffer.from(signEmail(email), 'hex');
  const given = Buffer.from(sig, 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

module.exports = { signEmail, checkSignature };
