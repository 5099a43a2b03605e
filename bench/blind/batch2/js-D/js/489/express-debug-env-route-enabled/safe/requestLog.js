const MAX = 50;
const log = [];

function recordRequest(req, res, next) {
  log.push({ at: new Date().toISOString(), method: req.method, url: req.originalUrl, headers: req.headers });
  if (log.length > MAX) log.shift();
  next();
}

function recentRequests() {
  return log.slice();
}

module.exports = { recordRequest, recentRequests };
