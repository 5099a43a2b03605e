const fs = require('fs/promises');
const path = require('path');

const THEME_DIR = path.join(__dirname, 'themes');

async function loadTheme(name) {
  const file = path.join(THEME_DIR, `${name}.css`);
  return fs.readFile(file, 'utf8'); // cg-expect: CWE-22
}

module.exports = { loadTheme };
