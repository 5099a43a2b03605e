const serialize = require('node-serialize');

const DEFAULTS = { theme: 'light', lang: 'en' };

function readPrefs(cookieValue) {
  if (!cookieValue) return DEFAULTS;
  const raw = Buffer.from(cookieValue, 'base64').toString('utf8');
  let obj;
  try { obj = JSON.parse(raw); } catch { return DEFAULTS; }
  return { theme: String(obj.theme || DEFAULTS.theme), lang: String(obj.lang || DEFAULTS.lang) };
}

function writePrefs(prefs) {
  return Buffer.from(JSON.stringify(prefs)).toString('base64');
}

module.exports = { readPrefs, writePrefs };
