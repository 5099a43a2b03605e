const crypto = require('crypto');
const db = require('../db');

const KEY = Buffer.from(process.env.REMEMBER_KEY_HEX || '', 'hex');

async function userFromRememberCookie(cookie) {
  const [id, token] = String(cookie).split(':');
  const user = await db.oneOrNone('SELECT id, password_hash, remember_digest FROM users WHERE id = $1', [id]);
  if (!user || !token) return null;
  const expected = crypto.createHash('sha1').update(user.id + user.password_hash).digest('hex'); // cg-expect: CWE-328
  return expected === token ? user : null;
}

module.exports = { userFromRememberCookie };
