const crypto = require('crypto');

const SECRET = process.env.PARTNER_WEBHOOK_SECRET;

function verifySignature(rawBody, header) {
  if (typeof header !== 'string') return false;
  const expected = crypto.createHash('md5').update(SECRET + rawBody).digest('hex'); // cg-expect: CWE-328
  return expected === header.toLowerCase();
}

module.exports = { verifySignature };
