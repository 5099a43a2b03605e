const { message } = require('../lib/messages');

module.exports = function i18n(req, res, next) {
  const lang = (req.get('Accept-Language') || 'en').split(',')[0].trim();
  res.locals.t = (key) => message(lang, key) ?? message('en', key) ?? key;
  next();
};
