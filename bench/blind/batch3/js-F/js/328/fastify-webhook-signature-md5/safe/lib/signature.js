const crypto = require('crypto');

function expectedSignature(secret, rawBody) {
  return crypto.createHmac('sha256', secret).update(rawBody).digest('hex');
}

function verify(secret, rawBody, given) {
  const a = Buffer.from(expectedSignature(secret, rawBody));
  const b = Buffer.from(String(given || ''));
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

module.exports = { verify };
