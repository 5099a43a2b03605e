module.exports = {
  port: Number(process.env.PORT || 3000),
  redisUrl: process.env.REDIS_URL || 'redis://localhost:6379',
  sessionSecret: process.env.SESSION_SECRET,
  sessionTtlMs: 12 * 60 * 60 * 1000,
  env: process.env.NODE_ENV || 'production',
};
