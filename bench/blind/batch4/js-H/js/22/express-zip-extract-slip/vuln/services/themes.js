const AdmZip = require('adm-zip');
const fs = require('fs');
const path = require('path');
const THEMES = path.resolve('/srv/cms/themes');

function installTheme(zipBuffer, themeName) {
  const dest = path.join(THEMES, themeName.replace(/[^a-z0-9-]/gi, ''));
  const zip = new AdmZip(zipBuffer);
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const target = path.join(dest, entry.entryName);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, entry.getData()); // cg-expect: CWE-22
  }
  return dest;
}
module.exports = { installTheme };
