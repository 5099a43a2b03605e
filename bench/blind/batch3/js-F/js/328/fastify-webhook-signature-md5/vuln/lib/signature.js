const crypto = require('crypto');

function expectedSignature(secret, rawBody) {
  return crypto.createHash('md5').update(secret + rawBody).digest('hex'); // cg-expect: CWE-328
}

function verify(secret, rawBody, given) {
  const a = Buffer.from(expectedSignature(secret, rawBody));
  const b = Buffer.from(String(given || ''));
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

module.exports = { verify };
