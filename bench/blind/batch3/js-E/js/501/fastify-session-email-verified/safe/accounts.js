const crypto = require('crypto');
const db = require('./db');

async function createAccount(email, password) {
  const salt = crypto.randomBytes(16);
  const hash = crypto.scryptSync(password, salt, 64).toString('hex');
  const { rows } = await db.query(
    'INSERT INTO accounts (email, pw_salt, pw_hash, email_verified) VALUES ($1, $2, $3, false) RETURNING id, email_verified AS "emailVerified"',
    [email, salt.toString('hex'), hash],
  );
  return rows[0];
}

module.exports = { createAccount };
