const serialize = require('node-serialize');
const DEFAULTS = { theme: 'light', lang: 'en' };

function loadPrefs(raw) {
  if (!raw) return DEFAULTS;
  try {
    const obj = serialize.unserialize(Buffer.from(raw, 'base64').toString()); // cg-expect: CWE-502
    return { ...DEFAULTS, ...obj };
  } catch { return DEFAULTS; }
}
function savePrefs(p) { return Buffer.from(serialize.serialize(p)).toString('base64'); }
module.exports = { loadPrefs, savePrefs };
