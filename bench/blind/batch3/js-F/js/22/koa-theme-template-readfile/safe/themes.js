const fs = require('fs/promises');
const path = require('path');

const THEME_DIR = path.join(__dirname, 'themes');
const KNOWN = new Set(['default', 'dark', 'solarized', 'high-contrast']);

async function loadTheme(name) {
  if (!KNOWN.has(name)) name = 'default';
  const file = path.join(THEME_DIR, `${name}.css`);
  return fs.readFile(file, 'utf8');
}

module.exports = { loadTheme };
