module.exports = {
  env: process.env.NODE_ENV || 'production',
  port: Number(process.env.PORT) || 8080,
};
