const jwt = require('jsonwebtoken');

// Reads the auth_token cookie set at login (cookie-parser is installed in app.js).
function requireAuth(req, res, next) {
  const token = req.cookies && req.cookies.auth_token;
  if (!token) return res.redirect(303, '/login');
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET);
    return next();
  } catch (err) {
    res.clearCookie('auth_token', { path: '/' });
    return res.redirect(303, '/login');
  }
}

module.exports = { requireAuth };
