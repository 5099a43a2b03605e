const DEFAULTS = { theme: 'light', lang: 'en' };

function loadPrefs(raw) {
  if (!raw) return DEFAULTS;
  try {
    const obj = JSON.parse(Buffer.from(raw, 'base64').toString());
    return {
      theme: ['light', 'dark'].includes(obj.theme) ? obj.theme : DEFAULTS.theme,
      lang: typeof obj.lang === 'string' ? obj.lang.slice(0, 5) : DEFAULTS.lang,
    };
  } catch { return DEFAULTS; }
}
function savePrefs(p) { return Buffer.from(JSON.stringify(p)).toString('base64'); }
module.exports = { loadPrefs, savePrefs };
