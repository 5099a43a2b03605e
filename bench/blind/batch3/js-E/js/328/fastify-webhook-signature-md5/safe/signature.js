const crypto = require('crypto');

const SHARED_SECRET = process.env.PARTNER_WEBHOOK_SECRET;

function sign(raw) {
  return crypto.createHmac('sha256', SHARED_SECRET).update(raw).digest('hex');
}

function verifySignature(raw, given) {
  const expected = Buffer.from(sign(raw), 'hex');
  const actual = Buffer.from(given, 'hex');
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

module.exports = { verifySignature, sign };
