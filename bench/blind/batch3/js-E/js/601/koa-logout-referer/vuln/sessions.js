const redis = require('./redis');

async function destroySession(sid) {
  if (sid) await redis.del(`sess:${sid}`);
}

module.exports = { destroySession };
