const crypto = require('crypto');
const db = require('./db');

function sixDigits() {
  return String(crypto.randomInt(100000, 1000000));
}

async function issueOtp(email) {
  const user = await db.oneOrNone('SELECT id FROM users WHERE email = $1', [email]);
  if (!user) return null;
  const code = sixDigits();
  const digest = crypto.createHash('sha256').update(`${user.id}:${code}`).digest('hex');
  await db.none('INSERT INTO login_codes (user_id, code_sha256, expires_at) VALUES ($1, $2, now() + interval \'10 minutes\')', [user.id, digest]);
  return code;
}

module.exports = { issueOtp };
