const jwt = require('jsonwebtoken');
const { jwt: jwtConfig } = require('../config/auth');

function issueToken(user) {
  return jwt.sign({ sub: String(user.id), role: user.role }, jwtConfig.secret, {
    issuer: jwtConfig.issuer,
    audience: jwtConfig.audience,
    expiresIn: jwtConfig.expiresIn,
  });
}

function requireAuth(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: 'missing token' });
  try {
    req.user = jwt.verify(token, jwtConfig.secret, { issuer: jwtConfig.issuer, audience: jwtConfig.audience });
    next();
  } catch {
    res.status(401).json({ error: 'invalid token' });
  }
}

module.exports = { issueToken, requireAuth };
