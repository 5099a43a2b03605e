const { userFromRememberCookie } = require('../services/remember');

module.exports = async function remember(req, res, next) {
  if (!req.session.userId && req.cookies.remember) {
    const user = await userFromRememberCookie(req.cookies.remember);
    if (user) req.session.userId = user.id;
  }
  next();
};
