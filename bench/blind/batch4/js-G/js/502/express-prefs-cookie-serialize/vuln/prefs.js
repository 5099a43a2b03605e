const serialize = require('node-serialize');

const DEFAULTS = { theme: 'light', lang: 'en' };

function readPrefs(cookieValue) {
  if (!cookieValue) return DEFAULTS;
  const raw = Buffer.from(cookieValue, 'base64').toString('utf8');
  const obj = serialize.unserialize(raw); // cg-expect: CWE-502
  return { theme: String(obj.theme || DEFAULTS.theme), lang: String(obj.lang || DEFAULTS.lang) };
}

function writePrefs(prefs) {
  return Buffer.from(serialize.serialize(prefs)).toString('base64');
}

module.exports = { readPrefs, writePrefs };
