const { verify } = require('../lib/tokens');

module.exports = function requireAuth(req, res, next) {
  const header = req.get('Authorization') || '';
  const [scheme, token] = header.split(' ');
  if (scheme !== 'Bearer' || !token) return res.status(401).json({ error: 'missing token' });
  try {
    req.user = verify(token);
    next();
  } catch {
    res.status(401).json({ error: 'invalid token' });
  }
};
