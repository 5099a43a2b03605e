module.exports = {
  jwt: {
    secret: 'a4f8c2e91b7d3f60e5a2c8b4d9f1e7a3c6b0d5f2e8a1c4b7d0f3e6a9c2b5d8f1', // cg-expect: CWE-798
    issuer: 'orders-api',
    audience: 'orders-web',
    expiresIn: '1h',
  },
  passwordMinLength: 12,
};
