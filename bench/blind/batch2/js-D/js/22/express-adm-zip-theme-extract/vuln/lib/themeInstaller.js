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
    const target = path.join(dest, entry.entryName);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, entry.getData()); // cg-expect: CWE-22
    count++;
  }
  return count;
}

module.exports = { installTheme };
