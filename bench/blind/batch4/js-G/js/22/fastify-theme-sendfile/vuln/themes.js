const fs = require('fs/promises');
const path = require('path');

const THEMES_DIR = path.join(__dirname, 'themes');
const KNOWN = new Set(['light', 'dark', 'solarized', 'high-contrast']);

async function loadThemeCss(theme) {
  const file = path.join(THEMES_DIR, `${theme}.css`);
  return fs.readFile(file, 'utf8'); // cg-expect: CWE-22
}

module.exports = { loadThemeCss };
