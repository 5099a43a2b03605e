const jwt = require('jsonwebtoken');
const config = require('../config');

const JWT_SECRET = config.jwtSecret;
if (!JWT_SECRET) throw new Error('JWT_SECRET is not configured');

function signAccessToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: '15m', issuer: config.issuer });
}
function verifyAccessToken(token) {
  return jwt.verify(token, JWT_SECRET, { issuer: config.issuer, algorithms: ['HS256'] });
}
module.exports = { signAccessToken, verifyAccessToken };
