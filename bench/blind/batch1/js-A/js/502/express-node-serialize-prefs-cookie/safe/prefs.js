const DEFAULTS = { theme: 'light', pageSize: 20 };
const THEMES = new Set(['light', 'dark', 'system']);

function readPrefs(cookieValue) {
  if (!cookieValue) return { ...DEFAULTS };
  try {
    const decoded = JSON.parse(Buffer.from(cookieValue, 'base64').toString('utf8'));
    return {
      theme: THEMES.has(decoded.theme) ? decoded.theme : DEFAULTS.theme,
      pageSize: Number.isInteger(decoded.pageSize) && decoded.pageSize > 0 && decoded.pageSize <= 200 ? decoded.pageSize : DEFAULTS.pageSize,
    };
  } catch {
    return { ...DEFAULTS };
  }
}

function writePrefs(prefs) {
  return Buffer.from(JSON.stringify(prefs)).toString('base64');
}

module.exports = { readPrefs, writePrefs };
