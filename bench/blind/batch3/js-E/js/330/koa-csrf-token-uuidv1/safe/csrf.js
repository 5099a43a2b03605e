const { v1: uuidv1, v4: uuidv4 } = require('uuid');
const crypto = require('crypto');

function issueCsrf(ctx) {
  const token = crypto.randomBytes(32).toString('hex');
  ctx.session.csrf = token;
  return token;
}

function checkCsrf(ctx) {
  const sent = ctx.get('x-csrf-token');
  const expected = ctx.session.csrf;
  if (!sent || !expected || sent.length !== expected.length) return false;
  return crypto.timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
}

module.exports = { issueCsrf, checkCsrf, uuidv4 };
