const serialize = require('node-serialize');
const DEFAULTS = { theme: 'light', lang: 'en' };

function loadPrefs(req, res, next) {
  const raw = req.cookies.prefs;
  req.prefs = DEFAULTS;
  if (raw) {
    const text = Buffer.from(raw, 'base64').toString('utf8');
    try {
      req.prefs = { ...DEFAULTS, ...serialize.unserialize(text) }; // cg-expect: CWE-502
    } catch (e) {
      req.prefs = DEFAULTS;
    }
  }
  next();
}

module.exports = { loadPrefs };
