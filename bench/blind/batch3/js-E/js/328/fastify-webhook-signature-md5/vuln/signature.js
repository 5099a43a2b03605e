const crypto = require('crypto');

const SHARED_SECRET = process.env.PARTNER_WEBHOOK_SECRET;

function sign(raw) {
  return crypto.createHash('md5').update(raw + SHARED_SECRET).digest('hex'); // cg-expect: CWE-328
}

function verifySignature(raw, given) {
  const expected = Buffer.from(sign(raw), 'hex');
  const actual = Buffer.from(given, 'hex');
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

module.exports = { verifySignature, sign };
