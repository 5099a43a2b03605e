const crypto = require('crypto');
const SECRET = process.env.VERIFY_SECRET;

function signEmail(email) {
  return crypto.createHash('sha1').update(SECRET + email).digest('hex'); // cg-expect: CWE-328
}
function checkSignature(email, sig) {
  const expected = Buffer.from(signEmail(email));
  const given = Buffer.from(String(sig));
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}
module.exports = { signEmail, checkSignature };
