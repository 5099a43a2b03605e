module.exports = {
  issuer: 'https://api.acme.io',
  jwtSecret: process.env.JWT_SECRET,
};
