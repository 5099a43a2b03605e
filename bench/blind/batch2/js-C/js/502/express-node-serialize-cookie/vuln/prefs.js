const serialize = require('node-serialize');

const DEFAULTS = { theme: 'light', widgets: ['inbox', 'calendar'] };

function readPrefs(cookie) {
  if (!cookie) return DEFAULTS;
  const text = Buffer.from(cookie, 'base64').toString('utf8');
  const obj = serialize.unserialize(text); // cg-expect: CWE-502
  return { theme: String(obj.theme || DEFAULTS.theme), widgets: Array.isArray(obj.widgets) ? obj.widgets.map(String) : DEFAULTS.widgets };
}

function writePrefs(prefs) {
  return Buffer.from(serialize.serialize(prefs)).toString('base64');
}

module.exports = { readPrefs, writePrefs };
