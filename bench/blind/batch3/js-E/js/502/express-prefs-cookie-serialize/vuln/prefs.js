const serialize = require('node-serialize');

const DEFAULTS = { theme: 'light', lang: 'en', pageSize: 20 };

function loadPrefs(cookieValue) {
  if (!cookieValue) return { ...DEFAULTS };
  const raw = Buffer.from(cookieValue, 'base64').toString('utf8');
  const parsed = serialize.unserialize(raw); // cg-expect: CWE-502
  return { ...DEFAULTS, theme: parsed.theme, lang: parsed.lang, pageSize: Number(parsed.pageSize) || 20 };
}

function savePrefs(p) {
  return Buffer.from(serialize.serialize({ theme: p.theme, lang: p.lang, pageSize: p.pageSize })).toString('base64');
}

module.exports = { loadPrefs, savePrefs };
