const fs = require('fs/promises');
const path = require('path');

const THEMES = path.resolve(__dirname, 'themes');

async function loadThemeCss(theme) {
  const file = path.join(THEMES, theme);
  return fs.readFile(file, 'utf8'); // cg-expect: CWE-22
}

module.exports = { loadThemeCss };
