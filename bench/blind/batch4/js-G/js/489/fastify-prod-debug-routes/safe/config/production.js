module.exports = {
  port: 8080,
  logLevel: 'info',
  debug: false,
  trustProxy: true,
};
