const jwt = require('jsonwebtoken');

const JWT_SECRET = 'q7Vd2#kLp9!xR4mZ8tWb1sYh6NcE3gUa'; // cg-expect: CWE-798

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
