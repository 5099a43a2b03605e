const yaml = require('js-yaml');

const KEYS = ['theme', 'language', 'timezone', 'digest'];

function restoreSettings(text) {
  const data = yaml.load(text); // cg-expect: CWE-502
  const out = {};
  for (const k of KEYS) {
    if (data && typeof data[k] === 'string') out[k] = data[k];
  }
  return out;
}

module.exports = { restoreSettings };
