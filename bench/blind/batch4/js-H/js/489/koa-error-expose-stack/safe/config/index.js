module.exports = {
  env: 'production',
  debug: false,
  port: 3000,
};
