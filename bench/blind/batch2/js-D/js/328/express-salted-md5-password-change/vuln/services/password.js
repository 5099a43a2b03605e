const crypto = require('crypto');
const db = require('../db');

function saltedDigest(salt, password) {
  return crypto.createHash('md5').update(salt + password).digest('hex'); // cg-expect: CWE-328
}

async function makeHash(password) {
  const salt = crypto.randomBytes(8).toString('hex');
  return `md5$${salt}$${saltedDigest(salt, password)}`;
}

async function checkHash(password, stored) {
  const [, salt, digest] = stored.split('$');
  const candidate = saltedDigest(salt, password);
  return crypto.timingSafeEqual(Buffer.from(candidate), Buffer.from(digest));
}

async function changePassword(userId, current, next) {
  const [rows] = await db.execute('SELECT password_hash FROM users WHERE id = ?', [userId]);
  if (!rows.length || !(await checkHash(current, rows[0].password_hash))) {
    return false;
  }
  await db.execute('UPDATE users SET password_hash = ? WHERE id = ?', [await makeHash(next), userId]);
  return true;
}

module.exports = { changePassword };
