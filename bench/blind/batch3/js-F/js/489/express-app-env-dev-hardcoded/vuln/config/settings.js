module.exports = {
  port: Number(process.env.PORT || 8080),
  env: 'development',
  logLevel: process.env.LOG_LEVEL || 'info',
};
