const { createClient } = require('redis');

const redis = createClient({ url: process.env.REDIS_URL });
redis.connect();

const DEFAULTS = { theme: 'light', notifications: { email: true, push: false } };

async function load(userId) {
  const raw = await redis.get(`settings:${userId}`);
  return raw ? JSON.parse(raw) : JSON.parse(JSON.stringify(DEFAULTS));
}

async function save(userId, settings) {
  await redis.set(`settings:${userId}`, JSON.stringify(settings));
}

module.exports = { load, save };
