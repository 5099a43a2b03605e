const env = process.env.NODE_ENV || 'production';

module.exports = {
  env,
  host: process.env.HOST || '0.0.0.0',
  port: Number(process.env.PORT) || 3000,
  debug: env === 'development',
};
