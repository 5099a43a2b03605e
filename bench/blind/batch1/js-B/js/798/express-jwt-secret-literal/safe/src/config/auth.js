function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`missing required environment variable ${name}`);
  return value;
}

module.exports = {
  jwt: {
    secret: required('JWT_SIGNING_SECRET'),
    issuer: 'orders-api',
    audience: 'orders-web',
    expiresIn: '1h',
  },
  passwordMinLength: 12,
};
