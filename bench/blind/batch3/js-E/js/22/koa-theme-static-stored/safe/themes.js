const fs = require('fs/promises');
const path = require('path');

const THEMES = path.resolve(__dirname, 'themes');

async function loadThemeCss(theme) {
  if (!/^[a-z0-9-]{1,40}\.css$/.test(theme)) theme = 'default.css';
  const file = path.join(THEMES, theme);
  return fs.readFile(file, 'utf8');
}

module.exports = { loadThemeCss };
