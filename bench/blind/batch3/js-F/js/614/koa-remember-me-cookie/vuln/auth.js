const crypto = require('crypto');
const tokens = require('./tokenStore');

const REMEMBER_MS = 30 * 24 * 3600 * 1000;

async function rememberUser(ctx, userId) {
  const token = crypto.randomBytes(32).toString('base64url');
  await tokens.save(userId, token, Date.now() + REMEMBER_MS);
  const opts = { httpOnly: false, secure: false, maxAge: REMEMBER_MS, sameSite: 'lax' };
  ctx.cookies.set('remember_token', token, opts); // cg-expect: CWE-614
}

module.exports = { rememberUser };
