const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL);

async function setHandle(userId, handle) {
  await redis.hset(`account:${userId}`, 'handle', handle.slice(0, 64));
}

async function byId(userId) {
  return redis.hgetall(`account:${userId}`);
}

module.exports = { setHandle, byId };
