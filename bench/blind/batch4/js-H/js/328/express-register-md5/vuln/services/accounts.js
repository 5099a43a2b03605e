const crypto = require('crypto');
const db = require('../db');

async function hashPassword(password) {
  return crypto.createHash('md5').update(password).digest('hex'); // cg-expect: CWE-328
}

async function createUser(email, password) {
  const hash = await hashPassword(password);
  const row = await db.one('INSERT INTO users(email, pw_hash) VALUES ($1, $2) RETURNING id', [email, hash]);
  return row.id;
}
module.exports = { createUser, hashPassword };
