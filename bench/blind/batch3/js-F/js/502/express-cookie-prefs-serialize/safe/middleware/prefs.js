const DEFAULTS = { theme: 'light', lang: 'en' };

function loadPrefs(req, res, next) {
  const raw = req.cookies.prefs;
  req.prefs = DEFAULTS;
  if (raw) {
    const text = Buffer.from(raw, 'base64').toString('utf8');
    try {
      const parsed = JSON.parse(text);
      if (parsed && typeof parsed === 'object') {
        req.prefs = { theme: String(parsed.theme || DEFAULTS.theme), lang: String(parsed.lang || DEFAULTS.lang) };
      }
    } catch (e) {
      req.prefs = DEFAULTS;
    }
  }
  next();
}

module.exports = { loadPrefs };
