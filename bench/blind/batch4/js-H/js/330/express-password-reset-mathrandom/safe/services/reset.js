const crypto = require('crypto');
const db = require('../db');
const mailer = require('../mailer');

function randomToken(len = 32) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < len; i++) out += chars[crypto.randomInt(chars.length)];
  return out;
}

async function issueResetToken(email) {
  const user = await db.oneOrNone('SELECT id FROM users WHERE email = $1', [email]);
  if (!user) return;
  const token = randomToken();
  const digest = crypto.createHash('sha256').update(token).digest('hex');
  await db.none('INSERT INTO password_resets(user_id, token_sha256, expires_at) VALUES ($1, $2, now() + interval \'30 minutes\')', [user.id, digest]);
  await mailer.send(email, 'Reset your password', `https://app.example.com/reset?token=${token}`);
}
module.exports = { issueResetToken, randomToken };
