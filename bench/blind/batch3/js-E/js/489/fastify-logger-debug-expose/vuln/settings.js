module.exports = {
  port: Number(process.env.PORT) || 8080,
  debug: true,
  databaseUrl: process.env.DATABASE_URL,
};
