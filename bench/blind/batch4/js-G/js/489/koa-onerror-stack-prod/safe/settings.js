module.exports = {
  port: 8080,
  env: 'production',
  exposeErrors: false,
};
