const { parseClient } = require('../lib/ua');

module.exports = function clientInfo(req, res, next) {
  const ua = req.get('User-Agent') || '';
  req.client = parseClient(ua);
  next();
};
