const jwt = require('jsonwebtoken');

const JWT_SECRET = process.env.JWT_SECRET;
if (!JWT_SECRET || JWT_SECRET.length < 32) {
  throw new Error('JWT_SECRET must be set to at least 32 characters');
}

function issueToken(claims) {
  return jwt.sign(claims, JWT_SECRET, { algorithm: 'HS256', expiresIn: '1h', issuer: 'api.example.com' });
}

function requireToken(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  try {
    req.auth = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'], issuer: 'api.example.com' });
    next();
  } catch {
    res.status(401).json({ error: 'invalid token' });
  }
}

module.exports = { issueToken, requireToken };
