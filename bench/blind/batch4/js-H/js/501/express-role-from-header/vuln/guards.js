function requireAdmin(req, res, next) {
  if (req.session && req.session.role === 'admin') return next();
  res.sendStatus(403);
}
module.exports = { requireAdmin };
