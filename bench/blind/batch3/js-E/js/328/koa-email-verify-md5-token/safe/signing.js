const crypto = require('crypto');

const SECRET = process.env.LINK_SECRET;

function signEmail(email) {
  return crypto.createHmac('sha256', SECRET).update(email).digest('hex');
}

function checkSignature(email, sig) {
  const expected = Buffer.from(signEmail(email), 'hex');
  const given = Buffer.from(sig, 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

module.exports = { signEmail, checkSignature };
