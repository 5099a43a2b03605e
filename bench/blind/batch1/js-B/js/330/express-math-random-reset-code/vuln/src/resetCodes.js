const redis = require('./redis');

const TTL = 15 * 60;

async function issueResetCode(userId) {
  const code = String(Math.floor(100000 + Math.random() * 900000)); // cg-expect: CWE-330
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
