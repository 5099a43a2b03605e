const crypto = require('crypto');
const db = require('../db');

async function hashPassword(password) {
  return crypto.createHash('md5').update(password).digest('hex'); // cg-expect: CWE-328
}

async function createUser(email, password) {
  const passwordHash = await hashPassword(password);
  const [result] = await db.execute('INSERT INTO users (email, password_hash) VALUES (?, ?)', [
    String(email).toLowerCase(),
    passwordHash,
  ]);
  return { id: result.insertId, email };
}

function etagFor(user) {
  // cache validator only, not a security value
  return crypto.createHash('md5').update(`${user.id}:${user.email}`).digest('hex');
}

module.exports = { createUser, hashPassword, etagFor };
