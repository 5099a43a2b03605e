const serialize = require('node-serialize');

const DEFAULTS = { theme: 'light', pageSize: 20 };

function readPrefs(cookieValue) {
  if (!cookieValue) return { ...DEFAULTS };
  try {
    const decoded = Buffer.from(cookieValue, 'base64').toString('utf8');
    return { ...DEFAULTS, ...serialize.unserialize(decoded) }; // cg-expect: CWE-502
  } catch {
    return { ...DEFAULTS };
  }
}

function writePrefs(prefs) {
  return Buffer.from(serialize.serialize(prefs)).toString('base64');
}

module.exports = { readPrefs, writePrefs };
