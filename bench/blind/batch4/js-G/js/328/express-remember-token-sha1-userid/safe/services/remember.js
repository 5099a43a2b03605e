const crypto = require('crypto');
const db = require('../db');

const KEY = Buffer.from(process.env.REMEMBER_KEY_HEX || '', 'hex');

async function userFromRememberCookie(cookie) {
  const [id, token] = String(cookie).split(':');
  const user = await db.oneOrNone('SELECT id, password_hash, remember_digest FROM users WHERE id = $1', [id]);
  if (!user || !token) return null;
  const expected = Buffer.from(user.remember_digest || '', 'hex');
  const actual = crypto.createHmac('sha256', KEY).update(token).digest();
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual) ? user : null;
}

module.exports = { userFromRememberCookie };
