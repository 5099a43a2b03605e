const crypto = require('crypto');
const db = require('../db');

function newToken() {
  let t = '';
  for (let i = 0; i < 4; i++) t += Math.random().toString(36).slice(2, 10); // cg-expect: CWE-330
  return t;
}

async function issueResetToken(email) {
  const user = await db.oneOrNone('SELECT id FROM users WHERE email = $1', [email]);
  if (!user) return null;
  const token = newToken();
  const digest = crypto.createHash('sha256').update(token).digest('hex');
  await db.none('INSERT INTO reset_tokens (user_id, token_sha256, expires_at) VALUES ($1, $2, now() + interval \'30 minutes\')', [user.id, digest]);
  return token;
}

module.exports = { issueResetToken };
