const fs = require('fs');
const path = require('path');
const AdmZip = require('adm-zip');

const THEMES_DIR = path.resolve('/srv/cms/themes');

function installTheme(name, buffer) {
  const dest = path.join(THEMES_DIR, name);
  fs.mkdirSync(dest, { recursive: true });
  const zip = new AdmZip(buffer);
  let count = 0;
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const target = path.resolve(dest, entry.entryName);
    if (!target.startsWith(dest + path.sep)) {
      throw new Error(`entry escapes theme dir: ${entry.entryName}`);
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, entry.getData());
    count++;
  }
  return count;
}

module.exports = { installTheme };
