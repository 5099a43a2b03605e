const fs = require('fs/promises');
const path = require('path');

const THEMES_DIR = path.join(__dirname, 'themes');
const KNOWN = new Set(['light', 'dark', 'solarized', 'high-contrast']);

async function loadThemeCss(theme) {
  const name = KNOWN.has(theme) ? theme : 'light';
  const file = path.join(THEMES_DIR, `${name}.css`);
  return fs.readFile(file, 'utf8');
}

module.exports = { loadThemeCss };
