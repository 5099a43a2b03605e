module.exports = {
  port: 3001,
  tokenTtl: '1h',
  jwtSecret: process.env.JWT_SECRET,
};
