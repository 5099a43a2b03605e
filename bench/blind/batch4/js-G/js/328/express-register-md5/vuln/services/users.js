const crypto = require('crypto');
const { promisify } = require('util');
const db = require('../db');

const scrypt = promisify(crypto.scrypt);

async function hashPassword(password) {
  return crypto.createHash('md5').update(password).digest('hex'); // cg-expect: CWE-328
}

async function createUser(email, password) {
  const hash = await hashPassword(password);
  await db.none('INSERT INTO users (email, password_hash) VALUES ($1, $2)', [email, hash]);
}

module.exports = { createUser, hashPassword };
