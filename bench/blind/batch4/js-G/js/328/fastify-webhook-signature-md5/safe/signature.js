const crypto = require('crypto');

const SECRET = process.env.PARTNER_WEBHOOK_SECRET;

function verifySignature(rawBody, header) {
  if (typeof header !== 'string') return false;
  const expected = crypto.createHmac('sha256', SECRET).update(rawBody).digest('hex');
  const a = Buffer.from(expected, 'hex');
  const b = Buffer.from(header.toLowerCase(), 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

module.exports = { verifySignature };
