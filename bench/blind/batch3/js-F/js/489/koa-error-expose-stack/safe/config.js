module.exports = {
  DEBUG: process.env.NODE_ENV === 'development',
  PORT: Number(process.env.PORT) || 3000,
};
