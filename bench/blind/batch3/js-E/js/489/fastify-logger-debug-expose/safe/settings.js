module.exports = {
  port: Number(process.env.PORT) || 8080,
  debug: process.env.NODE_ENV === 'development',
  databaseUrl: process.env.DATABASE_URL,
};
