const { customAlphabet } = require('nanoid/non-secure');
const crypto = require('crypto');
const db = require('./db');

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const makeKey = customAlphabet(ALPHABET, 40);

async function createApiKey(userId) {
  const key = 'pk_' + makeKey(); // cg-expect: CWE-330
  const digest = crypto.createHash('sha256').update(key).digest('hex');
  await db.query('INSERT INTO api_keys (user_id, digest) VALUES ($1, $2)', [userId, digest]);
  return key;
}

module.exports = { createApiKey };
