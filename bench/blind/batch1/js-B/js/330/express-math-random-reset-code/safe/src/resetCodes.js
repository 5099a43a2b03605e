const crypto = require('crypto');
const redis = require('./redis');

const TTL = 15 * 60;

async function issueResetCode(userId) {
  const code = String(crypto.randomInt(100000, 1000000));
  await redis.set(`pwreset:${userId}`, code, 'EX', TTL);
  await redis.del(`pwreset-attempts:${userId}`);
  return code;
}

async function consumeResetCode(userId, code) {
  const attempts = await redis.incr(`pwreset-attempts:${userId}`);
  if (attempts > 5) return false;
  const stored = await redis.get(`pwreset:${userId}`);
  if (!stored || stored !== code) return false;
  await redis.del(`pwreset:${userId}`);
  return true;
}

module.exports = { issueResetCode, consumeResetCode };
