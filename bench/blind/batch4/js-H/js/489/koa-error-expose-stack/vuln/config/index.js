module.exports = {
  env: 'production',
  debug: true,
  port: 3000,
};
