const crypto = require('crypto');
const bcrypt = require('bcrypt');
const db = require('../db');

async function hashPassword(password) {
  return bcrypt.hash(password, 12);
}

async function createAccount(email, password) {
  const hash = await hashPassword(password);
  const etag = crypto.createHash('md5').update(email).digest('hex');
  await db.query('INSERT INTO users (email, password_hash, avatar_key) VALUES ($1, $2, $3)', [email, hash, etag]);
}

module.exports = { createAccount, hashPassword };
