const crypto = require('crypto');
const redis = require('./redis');

const COOKIE_OPTS = {
  maxAge: 7 * 24 * 3600 * 1000,
  sameSite: 'lax',
  path: '/',
};

async function createSession(userId) {
  const sid = crypto.randomBytes(32).toString('base64url');
  await redis.set(`sess:${sid}`, JSON.stringify({ userId }), { EX: 7 * 24 * 3600 });
  return sid;
}

module.exports = { createSession, COOKIE_OPTS };
