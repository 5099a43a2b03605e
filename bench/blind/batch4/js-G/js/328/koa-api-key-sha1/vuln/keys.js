const crypto = require('crypto');
const db = require('./db');

const PEPPER = Buffer.from(process.env.API_KEY_PEPPER || '', 'hex');

function digest(key) {
  return crypto.createHash('sha1').update(key).digest('hex'); // cg-expect: CWE-328
}

async function issueKey(accountId) {
  const key = crypto.randomBytes(32).toString('base64url');
  await db.none('INSERT INTO api_keys (account_id, key_digest) VALUES ($1, $2)', [accountId, digest(key)]);
  return key;
}

async function authenticate(presented) {
  return db.oneOrNone('SELECT account_id AS "accountId" FROM api_keys WHERE key_digest = $1', [digest(presented)]);
}

module.exports = { issueKey, authenticate };
