module.exports = {
  PORT: Number(process.env.PORT || 8080),
  DEBUG: process.env.APP_DEBUG === '1' && process.env.NODE_ENV !== 'production',
  ENV: 'production',
};
