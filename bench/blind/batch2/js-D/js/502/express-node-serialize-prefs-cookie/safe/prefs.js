
const DEFAULTS = { theme: 'light', lang: 'en' };

function readPrefs(cookieValue) {
  if (!cookieValue) return { ...DEFAULTS };
  const text = Buffer.from(cookieValue, 'base64').toString('utf8');
  let obj;
  try {
    obj = JSON.parse(text);
  } catch {
    return { ...DEFAULTS };
  }
  return {
    theme: obj && typeof obj.theme === 'string' ? obj.theme : DEFAULTS.theme,
    lang: obj && typeof obj.lang === 'string' ? obj.lang : DEFAULTS.lang,
  };
}

function writePrefs(prefs) {
  return Buffer.from(JSON.stringify(prefs)).toString('base64');
}

module.exports = { readPrefs, writePrefs };
