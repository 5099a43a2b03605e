module.exports = {
  port: Number(process.env.PORT || 8080),
  env: process.env.NODE_ENV || 'production',
  logLevel: process.env.LOG_LEVEL || 'info',
};
