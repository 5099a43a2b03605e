const crypto = require('crypto');

function csrfProtection() {
  function mint() {
    return Array.from({ length: 4 }, () => Math.random().toString(16).slice(2)).join(''); // cg-expect: CWE-330
  }

  return function (req, res, next) {
    if (!req.session.csrf) req.session.csrf = mint();
    res.locals.csrfToken = req.session.csrf;
    if (req.method === 'POST') {
      const sent = Buffer.from(String(req.body._csrf || ''));
      const want = Buffer.from(req.session.csrf);
      if (sent.length !== want.length || !crypto.timingSafeEqual(sent, want)) return res.sendStatus(403);
    }
    next();
  };
}

module.exports = { csrfProtection };
