const crypto = require('crypto');
const { promisify } = require('util');
const db = require('../db');

const scrypt = promisify(crypto.scrypt);

async function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password, salt, 64);
  return `scrypt$${salt.toString('hex')}$${key.toString('hex')}`;
}

async function createUser(email, password) {
  const hash = await hashPassword(password);
  await db.none('INSERT INTO users (email, password_hash) VALUES ($1, $2)', [email, hash]);
}

module.exports = { createUser, hashPassword };
