module.exports = {
  env: 'development',
  port: Number(process.env.PORT) || 8080,
};
