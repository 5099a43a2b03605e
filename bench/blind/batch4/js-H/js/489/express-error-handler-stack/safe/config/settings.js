module.exports = {
  port: 8080,
  env: 'production',
  debug: false,
  trustProxy: true,
};
