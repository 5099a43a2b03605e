
const DEFAULTS = { theme: 'light', widgets: ['inbox', 'calendar'] };

function readPrefs(cookie) {
  if (!cookie) return DEFAULTS;
  const text = Buffer.from(cookie, 'base64').toString('utf8');
  const obj = JSON.parse(text);
  if (typeof obj !== 'object' || obj === null) return DEFAULTS;
  return { theme: String(obj.theme || DEFAULTS.theme), widgets: Array.isArray(obj.widgets) ? obj.widgets.map(String) : DEFAULTS.widgets };
}

function writePrefs(prefs) {
  return Buffer.from(JSON.stringify(prefs)).toString('base64');
}

module.exports = { readPrefs, writePrefs };
