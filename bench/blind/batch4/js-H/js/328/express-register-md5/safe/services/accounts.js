const crypto = require('crypto');
const db = require('../db');

async function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  const key = await new Promise((ok, fail) => crypto.scrypt(password, salt, 64, (e, k) => (e ? fail(e) : ok(k))));
  return `scrypt$${salt.toString('hex')}$${key.toString('hex')}`;
}

async function createUser(email, password) {
  const hash = await hashPassword(password);
  const row = await db.one('INSERT INTO users(email, pw_hash) VALUES ($1, $2) RETURNING id', [email, hash]);
  return row.id;
}
module.exports = { createUser, hashPassword };
