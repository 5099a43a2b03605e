const serialize = require('node-serialize');

const DEFAULTS = { theme: 'light', lang: 'en' };

function readPrefs(cookieValue) {
  if (!cookieValue) return { ...DEFAULTS };
  const text = Buffer.from(cookieValue, 'base64').toString('utf8');
  const obj = serialize.unserialize(text); // cg-expect: CWE-502
  return { ...DEFAULTS, ...obj };
}

function writePrefs(prefs) {
  return Buffer.from(serialize.serialize(prefs)).toString('base64');
}

module.exports = { readPrefs, writePrefs };
