const crypto = require('crypto');

const SECRET = process.env.REMEMBER_SECRET;
const TTL_SECONDS = 30 * 24 * 3600;

function mac(userId, expires) {
  return crypto.createHmac('sha256', SECRET).update(`${userId}|${expires}`).digest('hex');
}

function issueRememberToken(userId) {
  const expires = Math.floor(Date.now() / 1000) + TTL_SECONDS;
  return `${userId}.${expires}.${mac(userId, expires)}`;
}

function readRememberToken(cookieValue) {
  if (!cookieValue) return null;
  const [userId, expires, sig] = cookieValue.split('.');
  if (!userId || !expires || !sig) return null;
  if (Number(expires) < Date.now() / 1000) return null;
  const a = Buffer.from(mac(userId, expires));
  const b = Buffer.from(sig);
  return a.length === b.length && crypto.timingSafeEqual(a, b) ? userId : null;
}

module.exports = { issueRememberToken, readRememberToken };
