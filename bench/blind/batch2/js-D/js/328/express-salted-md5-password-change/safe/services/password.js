const crypto = require('crypto');
const argon2 = require('argon2');
const db = require('../db');

async function makeHash(password) {
  return argon2.hash(password, { type: argon2.argon2id });
}

async function checkHash(password, stored) {
  return argon2.verify(stored, password);
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
