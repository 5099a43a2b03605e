module.exports = {
  port: 8080,
  logLevel: 'info',
  debug: true,
  trustProxy: true,
};
