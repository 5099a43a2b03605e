const jwt = require('jsonwebtoken');

function requireUser(req, res, next) {
  const header = req.get('Authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  try {
    const claims = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] });
    req.user = { id: claims.sub, accountId: String(claims.acct) };
    next();
  } catch {
    res.status(401).end();
  }
}

module.exports = { requireUser };
