const jwt = require('jsonwebtoken');
const config = require('../config');

const JWT_SECRET = 'f3b9c1e7a24d8f60b5e2c9a7d1f4e8b3c6a0d2e5f7b9c1a3'; // cg-expect: CWE-798

function signAccessToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: '15m', issuer: config.issuer });
}
function verifyAccessToken(token) {
  return jwt.verify(token, JWT_SECRET, { issuer: config.issuer, algorithms: ['HS256'] });
}
module.exports = { signAccessToken, verifyAccessToken };
